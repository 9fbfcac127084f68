using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Actions;
using EnodePS.Cmdlets.Charging;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Time;
using EnodePS.Infrastructure;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>Get-EnodeAction, Stop-EnodeAction and Wait-EnodeAction against the emulator.</summary>
    public class ActionCmdletTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        private static VendorAction[] Start(CmdletSession session, DeviceKind kind, params string[] ids) =>
            session.Run(new StartEnodeChargingCommand { Id = ids, Type = kind.Name }).OutputOf<VendorAction>().ToArray();

        [Fact]
        public void Get_EnodeAction_reads_by_id_and_type_and_from_action_objects()
        {
            var clock = new ManualEmulatorClock(Now);
            using var session = new CmdletSession(ControlSession.ManualClockOptions(clock));
            var vehicle = session.Controllable(DeviceKind.Vehicle)[0];
            var charger = session.Controllable(DeviceKind.Charger)[0];
            var started = Start(session, DeviceKind.Vehicle, vehicle.Id).Concat(Start(session, DeviceKind.Charger, charger.Id)).ToArray();
            clock.Advance(session.Emulator.Options.ActionDelay);

            var fromObjects = session.Run(new GetEnodeActionCommand(), started.Cast<object>().ToArray());
            var byId = session.Run(new GetEnodeActionCommand { Id = new[] { started[1].Id }, Type = "charger" });
            var fromStrings = session.Run(new GetEnodeActionCommand { Type = "vehicle" }, started[0].Id);
            var missing = session.Run(new GetEnodeActionCommand { Id = new[] { started[0].Id }, Type = "battery" });

            Assert.Equal(started.Select(a => a.Id), fromObjects.OutputOf<VendorAction>().Select(a => a.Id));
            Assert.All(fromObjects.OutputOf<VendorAction>(), a => Assert.Equal(ActionStates.Confirmed, a.State));
            Assert.Equal(new[] { $"/vehicles/actions/{started[0].Id}", $"/chargers/actions/{started[1].Id}" },
                session.Emulator.Journal.Snapshot().Where(r => r.Path.Contains("/actions/")).Take(2).Select(r => r.Path));
            Assert.Equal(started[1].Id, Assert.Single(byId.OutputOf<VendorAction>()).Id);
            Assert.Equal(started[0].Id, Assert.Single(fromStrings.OutputOf<VendorAction>()).Id);
            var notFound = Assert.Single(missing.Errors);
            Assert.Equal("EnodeNotFound", notFound.ErrorId);
            Assert.Equal(started[0].Id, notFound.Target);
        }

        [Fact]
        public void Stop_EnodeAction_cancels_a_pending_action_and_reports_one_already_resolved()
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));
            var battery = session.Controllable(DeviceKind.Battery)[0];
            var action = session.Run(new EnodePS.Cmdlets.Batteries.SetEnodeBatteryOperationModeCommand { Id = new[] { battery.Id }, OperationMode = "idle" })
                .OutputOf<VendorAction>().Single();
            var whatIf = session.NewHost();
            whatIf.WhatIf = true;

            session.Run(new StopEnodeActionCommand(), whatIf, action);
            var cancelled = session.Run(new StopEnodeActionCommand().With("PassThru"), action);
            var again = session.Run(new StopEnodeActionCommand { Id = new[] { action.Id }, Type = "battery" });

            Assert.Equal(("battery action " + action.Id, "Cancel"), Assert.Single(whatIf.ShouldProcessCalls));
            Assert.Equal(2, session.Sent("POST /batteries/actions/{actionId}/cancel").Length);
            var result = Assert.Single(cancelled.OutputOf<VendorAction>());
            Assert.Equal((ActionStates.Cancelled, "REQUESTED_CANCELLATION"), (result.State, result.FailureReason!.Type));
            var error = Assert.Single(again.Errors);
            Assert.Equal("EnodeActionAlreadyResolved", error.ErrorId);
            Assert.Equal(ErrorCategory.ResourceUnavailable, error.Category);
            Assert.Equal(action.Id, error.Target);
            Assert.Contains("CANCELLED", error.Exception.Message);
            Assert.Empty(again.Output);
        }

        [Fact]
        public void Wait_EnodeAction_writes_failed_and_cancelled_actions_with_errors_carrying_their_failure_reason()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 4, ChargerCount = 2, ActionTimeout = TimeSpan.FromMilliseconds(400) });
            var unreachable = session.Controllable(DeviceKind.Vehicle, change: v => v["isReachable"] = false)[0];
            var charging = session.Controllable(DeviceKind.Charger, change: c => c["chargeState"]!["isCharging"] = true)[0];
            var actions = Start(session, DeviceKind.Vehicle, unreachable.Id).Concat(Start(session, DeviceKind.Charger, charging.Id)).Cast<object>().ToArray();

            var host = session.Run(new WaitEnodeActionCommand { PollIntervalSeconds = 0.05 }, actions);

            Assert.Equal(2, host.Output.Count);
            var failed = host.Errors.Single(e => e.ErrorId == "EnodeActionFailed");
            Assert.Equal(((VendorAction)actions[0]).Id, failed.Target);
            Assert.Equal(ErrorCategory.OperationTimeout, failed.Category);
            Assert.Contains("NO_RESPONSE", failed.Exception.Message);
            var cancelled = host.Errors.Single(e => e.ErrorId == "EnodeActionCancelled");
            Assert.Equal(((VendorAction)actions[1]).Id, cancelled.Target);
            Assert.Equal(ErrorCategory.InvalidOperation, cancelled.Category);
            Assert.Contains("UNNECESSARY", cancelled.Exception.Message);
            Assert.Equal(2, host.Errors.Count);
        }

        [Fact]
        public void Wait_EnodeAction_on_a_hundred_actions_takes_about_one_action_delay_with_one_progress_bar()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 50, ChargerCount = 50, UserCount = 5, ActionDelay = TimeSpan.FromSeconds(1) });
            var vehicles = session.Controllable(DeviceKind.Vehicle, 50).Select(v => v.Id).ToArray();
            var chargers = session.Controllable(DeviceKind.Charger, 50).Select(c => c.Id).ToArray();
            var actions = Start(session, DeviceKind.Vehicle, vehicles).Concat(Start(session, DeviceKind.Charger, chargers)).Cast<object>().ToArray();

            var watch = Stopwatch.StartNew();
            var host = session.Run(new WaitEnodeActionCommand { PollIntervalSeconds = 0.1 }, actions);
            watch.Stop();

            Assert.Empty(host.Errors);
            Assert.Equal(100, host.OutputOf<VendorAction>().Count(a => a.State == ActionStates.Confirmed));
            // One after another this would be a hundred action delays; together it is about one.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
            Assert.All(host.Progress, p => Assert.Equal(ActionCmdlet.ProgressActivityId, p.ActivityId));
            Assert.Contains(host.Progress, p => p.Status.StartsWith("0 of 100 done", StringComparison.Ordinal));
            Assert.Contains(host.Progress, p => p.Status.StartsWith("100 of 100 done: 100 confirmed", StringComparison.Ordinal));
            Assert.True(host.Progress.Last().Completed);
            Assert.Equal(new[] { Environment.CurrentManagedThreadId }, host.WritingThreads.ToArray());
        }

        [Fact]
        public void Wait_EnodeAction_reports_what_is_still_pending_at_the_timeout()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 2 });
            var vehicle = session.Controllable(DeviceKind.Vehicle, change: v => v["isReachable"] = false)[0];
            var action = Start(session, DeviceKind.Vehicle, vehicle.Id)[0];

            var host = session.Run(new WaitEnodeActionCommand { Id = new[] { action.Id }, Type = "vehicle", Timeout = 1, PollIntervalSeconds = 0.1 });

            Assert.Empty(host.Output);
            var error = Assert.Single(host.Errors);
            Assert.Equal("EnodeActionWaitTimeout", error.ErrorId);
            Assert.Equal(ErrorCategory.OperationTimeout, error.Category);
            Assert.Equal(action.Id, error.Target);
        }

        [Fact]
        public void Ctrl_c_stops_Wait_EnodeAction_promptly()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 2 });
            var vehicle = session.Controllable(DeviceKind.Vehicle, change: v => v["isReachable"] = false)[0];
            var action = Start(session, DeviceKind.Vehicle, vehicle.Id)[0];
            var cmdlet = new WaitEnodeActionCommand();
            var stopper = Task.Delay(300).ContinueWith(_ => cmdlet.InvokeStop());

            var watch = Stopwatch.StartNew();
            Assert.Throws<PipelineStoppedException>(() => session.Run(cmdlet, action));

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {watch.Elapsed}");
        }

        [Fact]
        public void Wait_EnodeAction_reports_an_unknown_id_and_an_unknown_type_stops_it()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 2 });

            var unknown = session.Run(new WaitEnodeActionCommand { Id = new[] { "00000000-0000-4000-8000-000000000000" }, Type = "hvac", PollIntervalSeconds = 0.05 });
            var badType = session.Run(new WaitEnodeActionCommand { Id = new[] { "a" }, Type = "meter" });

            Assert.Equal("EnodeNotFound", Assert.Single(unknown.Errors).ErrorId);
            Assert.Equal("EnodeInvalidParameter", badType.Terminating!.ErrorId);
            Assert.Contains("vehicle, charger, hvac, battery", badType.Terminating.Exception.Message);
        }
    }
}
