using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.PowerShell.Tests.Support;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.PowerShell.Tests.Actions
{
    public class WaitEnodeActionTests
    {
        private const string ProgressActivity = "Waiting for Enode actions";

        /// <summary>
        /// An override of a vehicle that is already charging starts no action (its VendorActionId is null): piped
        /// here, it is refused with what it lacks, and nothing is polled.
        /// </summary>
        [Fact]
        public void A_smart_override_without_an_action_is_refused_saying_so()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });
            var charging = session.Controllable(DeviceKind.Vehicle, change: v => { v["chargeState"]!["isPluggedIn"] = true; v["chargeState"]!["isCharging"] = true; })[0];
            var overridden = session.Run("Start-EnodeSmartOverride -VehicleId $id", new { id = charging.Id }).AssertSucceeded();
            Assert.Null(Assert.Single(overridden.OutputOf<SmartOverride>()).VendorActionId);
            var before = session.Emulator.Journal.Api().Count;

            var result = session.Run("$override | Wait-EnodeAction -PollIntervalSeconds 0.05", new { @override = overridden.Output });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeInputNotAccepted,EnodePS.Cmdlets.Actions.WaitEnodeActionCommand", error.FullyQualifiedErrorId);
            Assert.StartsWith("Wait-EnodeAction cannot take a SmartOverride without a VendorActionId from the pipeline", error.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Api().Skip(before));
        }

        [Fact]
        public void Writes_failed_and_cancelled_actions_with_errors_carrying_their_failure_reason()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 4, ChargerCount = 2, ActionTimeout = TimeSpan.FromMilliseconds(400) });
            var unreachable = session.Controllable(DeviceKind.Vehicle, change: v => v["isReachable"] = false)[0];
            var unplugged = session.Controllable(DeviceKind.Charger, change: c => { c["chargeState"]!["isCharging"] = false; c["chargeState"]!["isPluggedIn"] = false; })[0];
            var started = session.Run(
                "Start-EnodeCharging -Id $vehicleId -DeviceType vehicle; Start-EnodeCharging -Id $chargerId -DeviceType charger",
                new { vehicleId = unreachable.Id, chargerId = unplugged.Id }).AssertSucceeded();
            var actions = started.OutputOf<VendorAction>().ToArray();

            var result = session.Run("$actions | Wait-EnodeAction -PollIntervalSeconds 0.05", new { actions = started.Output });

            Assert.Equal(2, result.Output.Count);
            var failed = result.Errors.Single(e => e.FullyQualifiedErrorId == "EnodeActionFailed,EnodePS.Cmdlets.Actions.WaitEnodeActionCommand");
            Assert.Equal(actions[0].Id, failed.TargetObject);
            Assert.Equal(ErrorCategory.OperationTimeout, failed.CategoryInfo.Category);
            Assert.Contains("NO_RESPONSE", failed.Exception.Message);
            var cancelled = result.Errors.Single(e => e.FullyQualifiedErrorId == "EnodeActionCancelled,EnodePS.Cmdlets.Actions.WaitEnodeActionCommand");
            Assert.Equal(actions[1].Id, cancelled.TargetObject);
            Assert.Equal(ErrorCategory.InvalidOperation, cancelled.CategoryInfo.Category);
            Assert.Contains("FAILED_PRECONDITION", cancelled.Exception.Message);
            Assert.Contains("charger " + unplugged.Id, cancelled.Exception.Message);
            Assert.Contains("vehicle " + unreachable.Id, failed.Exception.Message);
            Assert.Equal(2, result.Errors.Count);
        }

        [Fact]
        public void Waiting_for_a_hundred_actions_takes_about_one_action_delay_with_one_progress_bar()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 50, ChargerCount = 50, UserCount = 5, ActionDelay = TimeSpan.FromSeconds(1) });
            var vehicles = session.Controllable(DeviceKind.Vehicle, 50).Select(v => v.Id).ToArray();
            var chargers = session.Controllable(DeviceKind.Charger, 50).Select(c => c.Id).ToArray();
            var started = session.Run("Start-EnodeCharging -Id $vehicles -DeviceType vehicle; Start-EnodeCharging -Id $chargers -DeviceType charger", new { vehicles, chargers })
                .AssertSucceeded();

            var watch = Stopwatch.StartNew();
            // Real PowerShell refuses writes from any thread but the pipeline's, so a clean run also shows they were all made there.
            var result = session.Run("$actions | Wait-EnodeAction -PollIntervalSeconds 0.1", new { actions = started.Output }).AssertSucceeded();
            watch.Stop();

            Assert.Equal(100, result.OutputOf<VendorAction>().Count(a => a.State == ActionStates.Confirmed));
            // One after another this would be a hundred action delays; together it is about one.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
            Assert.Single(result.Progress.Select(p => p.ActivityId).Distinct());
            Assert.All(result.Progress, p => Assert.Equal(ProgressActivity, p.Activity));
            Assert.Contains(result.Progress, p => p.StatusDescription.StartsWith("0 of 100 done", StringComparison.Ordinal));
            Assert.Contains(result.Progress, p => p.StatusDescription.StartsWith("100 of 100 done: 100 confirmed", StringComparison.Ordinal));
            Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);
        }

        [Fact]
        public void Reports_what_is_still_pending_at_the_timeout()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });
            var vehicle = session.Controllable(DeviceKind.Vehicle, change: v => v["isReachable"] = false)[0];
            var action = session.Run("Start-EnodeCharging -Id $id -DeviceType vehicle", new { id = vehicle.Id }).AssertSucceeded().OutputOf<VendorAction>().Single();

            var result = session.Run("Wait-EnodeAction -Id $id -DeviceType vehicle -TimeoutSeconds 1 -PollIntervalSeconds 0.1", new { id = action.Id });

            Assert.Empty(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.Equal("EnodeActionWaitTimeout,EnodePS.Cmdlets.Actions.WaitEnodeActionCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
            Assert.Equal(action.Id, error.TargetObject);
        }

        [Fact]
        public void Ctrl_c_stops_the_wait_promptly()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });
            var vehicle = session.Controllable(DeviceKind.Vehicle, change: v => v["isReachable"] = false)[0];
            var started = session.Run("Start-EnodeCharging -Id $id -DeviceType vehicle", new { id = vehicle.Id }).AssertSucceeded();

            var watch = Stopwatch.StartNew();
            using var running = session.Start("$action | Wait-EnodeAction", new { action = started.Output.Single() });
            Thread.Sleep(300);
            running.Stop();
            var stopped = running.Wait();

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {watch.Elapsed}");
            Assert.IsType<PipelineStoppedException>(stopped.TerminatingException);
        }

        [Fact]
        public void An_unknown_id_is_reported_and_an_unknown_type_is_refused_naming_the_allowed_ones()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });

            var unknown = session.Run("Wait-EnodeAction -Id 00000000-0000-4000-8000-000000000000 -DeviceType hvac -PollIntervalSeconds 0.05");
            var badType = session.RunCatchingTerminating("Wait-EnodeAction -Id a -DeviceType meter");

            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Actions.WaitEnodeActionCommand", Assert.Single(unknown.Errors).FullyQualifiedErrorId);
            // -DeviceType is a ValidateSet: PowerShell's binder refuses the value before the cmdlet runs.
            var refused = badType.Terminating!;
            Assert.Single(badType.AllErrors);
            Assert.Equal("ParameterArgumentValidationError,EnodePS.Cmdlets.Actions.WaitEnodeActionCommand", refused.FullyQualifiedErrorId);
            Assert.Contains("vehicle,charger,hvac,battery", refused.Exception.Message);
            Assert.DoesNotContain(session.Emulator.Journal.Snapshot(), r => r.Path.EndsWith("/actions/a", StringComparison.Ordinal));
        }
    }
}
