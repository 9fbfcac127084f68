using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Actions;
using EnodePS.Cmdlets.Charging;
using EnodePS.Cmdlets.Chargers;
using EnodePS.Cmdlets.Hvacs;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Time;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>Start-EnodeCharging, Stop-EnodeCharging, Set-EnodeMaxCurrent and Set-EnodeChargeRateLimit against the emulator.</summary>
    public class ChargingCmdletTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        [Fact]
        public void Get_EnodeVehicle_piped_into_Start_EnodeCharging_sends_one_START_per_vehicle_and_writes_each_pending_action()
        {
            var clock = new ManualEmulatorClock(Now);
            using var session = new CmdletSession(ControlSession.ManualClockOptions(clock));
            var userId = session.Emulator.State.Users.All[0].Id;
            session.Controllable(DeviceKind.Vehicle, 8, userId);
            var vehicles = session.Run(new GetEnodeVehicleCommand { UserId = userId }).Output.Cast<object>().ToArray();

            var host = session.Run(new StartEnodeChargingCommand(), vehicles);

            Assert.Empty(host.Errors);
            var actions = host.OutputOf<VendorAction>().ToList();
            Assert.Equal(vehicles.Cast<Vehicle>().Select(v => v.Id), actions.Select(a => a.TargetId));
            Assert.All(actions, a => Assert.Equal((ActionStates.Pending, "START", "vehicle"), (a.State, a.Kind, a.TargetType)));
            var sent = session.Sent("POST /vehicles/{vehicleId}/charging");
            Assert.Equal(vehicles.Cast<Vehicle>().Select(v => $"/vehicles/{v.Id}/charging"), sent.Select(r => r.Path));
            Assert.All(sent, r => Assert.Equal("{\"action\":\"START\"}", r.Body));
            Assert.Equal(vehicles.Cast<Vehicle>().Select(v => ("vehicle " + v.Id, "Start charging")), host.ShouldProcessCalls);

            clock.Advance(session.Emulator.Options.ActionDelay);
            var confirmed = session.Run(new GetEnodeActionCommand(), actions.Cast<object>().ToArray()).OutputOf<VendorAction>();
            Assert.All(confirmed, a => Assert.Equal(ActionStates.Confirmed, a.State));
        }

        [Fact]
        public void Get_EnodeVehicle_then_Start_EnodeCharging_then_Wait_EnodeAction_ends_with_every_action_confirmed()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 8, UserCount = 2, ActionDelay = TimeSpan.FromMilliseconds(300) });
            var userId = session.Emulator.State.Users.All[1].Id;
            session.Controllable(DeviceKind.Vehicle, 8, userId);

            var vehicles = session.Run(new GetEnodeVehicleCommand { UserId = userId }).Output.Cast<object>().ToArray();
            var started = session.Run(new StartEnodeChargingCommand(), vehicles).Output.Cast<object>().ToArray();
            var host = session.Run(new WaitEnodeActionCommand { PollIntervalSeconds = 0.05 }, started);

            Assert.Empty(host.Errors);
            Assert.Equal(4, vehicles.Length);
            Assert.Equal(started.Cast<VendorAction>().Select(a => a.Id).OrderBy(i => i), host.OutputOf<VendorAction>().Select(a => a.Id).OrderBy(i => i));
            Assert.All(host.OutputOf<VendorAction>(), a => Assert.Equal(ActionStates.Confirmed, a.State));
            Assert.All(session.Emulator.State.Vehicles.All.Where(v => v.UserId == userId), v => Assert.Equal(true, (bool?)v.Body["chargeState"]!["isCharging"]));
            Assert.Equal(new[] { Environment.CurrentManagedThreadId }, host.WritingThreads.ToArray());
        }

        [Fact]
        public void Get_EnodeCharger_piped_into_Stop_EnodeCharging_stops_the_chargers_and_Wait_writes_the_final_actions()
        {
            using var session = new CmdletSession(new EmulatorOptions { ChargerCount = 3, ActionDelay = TimeSpan.FromMilliseconds(200) });
            session.Controllable(DeviceKind.Charger, 3, change: c => c["chargeState"]!["isCharging"] = true);
            var chargers = session.Run(new GetEnodeChargerCommand()).Output.Cast<object>().ToArray();
            var cmdlet = new StopEnodeChargingCommand { PollInterval = TimeSpan.FromMilliseconds(50) }.With("Wait");

            var host = session.Run(cmdlet, chargers);

            Assert.Empty(host.Errors);
            Assert.Equal(3, host.Output.Count);
            Assert.All(host.OutputOf<VendorAction>(), a => Assert.Equal((ActionStates.Confirmed, "STOP", "charger"), (a.State, a.Kind, a.TargetType)));
            Assert.All(session.Sent("POST /chargers/{chargerId}/charging"), r => Assert.Equal("{\"action\":\"STOP\"}", r.Body));
            Assert.True(host.Progress.Last().Completed);
        }

        [Fact]
        public void By_id_and_type_the_request_goes_to_that_collection()
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));
            var charger = session.Controllable(DeviceKind.Charger)[0];

            var host = session.Run(new StartEnodeChargingCommand { Id = new[] { charger.Id }, Type = "Charger" });

            Assert.Empty(host.Errors);
            Assert.Equal(charger.Id, Assert.Single(host.OutputOf<VendorAction>()).TargetId);
            Assert.Equal($"/chargers/{charger.Id}/charging", Assert.Single(session.Sent("POST /chargers/{chargerId}/charging")).Path);
        }

        [Fact]
        public void What_if_sends_nothing()
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));
            session.Controllable(DeviceKind.Vehicle, 2);
            session.Controllable(DeviceKind.Charger, 2);
            var vehicles = session.Run(new GetEnodeVehicleCommand()).Output.Take(2).Cast<object>().ToArray();
            var chargers = session.Run(new GetEnodeChargerCommand()).Output.Take(2).Cast<object>().ToArray();
            var host = session.NewHost();
            host.WhatIf = true;

            session.Run(new StartEnodeChargingCommand().With("Wait"), host, vehicles);
            session.Run(new StopEnodeChargingCommand(), host, chargers);
            session.Run(new SetEnodeMaxCurrentCommand { MaxCurrent = 16 }, host, vehicles);
            session.Run(new SetEnodeChargeRateLimitCommand { ChargeRateLimit = 7 }, host, chargers);

            Assert.Equal(8, host.ShouldProcessCalls.Count);
            Assert.Empty(host.Output);
            Assert.Empty(host.Errors);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void A_device_that_is_not_capable_is_an_error_naming_the_capability_and_its_interventions_and_the_others_still_go()
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));
            var devices = session.Controllable(DeviceKind.Vehicle, 2);
            lock (session.Emulator.State.Gate)
                devices[0].Body["capabilities"]!["startCharging"] = CapabilityJson.NotCapable(new[] { "a3c7e3a4-4c39-4e3b-9a0b-7f1f1b6a1d10" });
            var vehicles = session.Run(new GetEnodeVehicleCommand { Id = devices.Select(d => d.Id).ToArray() }).Output.Cast<object>().ToArray();

            var host = session.Run(new StartEnodeChargingCommand(), vehicles);

            var error = Assert.Single(host.Errors);
            Assert.Equal("EnodeNotCapable", error.ErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, error.Category);
            Assert.Equal(devices[0].Id, error.Target);
            Assert.Contains("startCharging", error.Exception.Message);
            Assert.Contains("a3c7e3a4-4c39-4e3b-9a0b-7f1f1b6a1d10", error.Exception.Message);
            Assert.Contains("Get-EnodeIntervention", error.RecommendedAction);
            Assert.Equal($"/vehicles/{devices[1].Id}/charging", Assert.Single(session.Sent("POST /vehicles/{vehicleId}/charging")).Path);
            Assert.Single(host.Output);
        }

        [Fact]
        public void A_missing_control_scope_is_PermissionDenied_and_a_schedule_controlled_device_is_InvalidOperation()
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));
            var charger = session.Controllable(DeviceKind.Charger, change: c => c["scopes"] = new JsonArray("charger:read:data"))[0];
            var vehicle = session.Controllable(DeviceKind.Vehicle, change: v => v["smartChargingPolicy"]!["isEnabled"] = true)[0];

            var forbidden = session.Run(new StartEnodeChargingCommand { Id = new[] { charger.Id }, Type = "charger" });
            var controlled = session.Run(new StopEnodeChargingCommand { Id = new[] { vehicle.Id }, Type = "vehicle" });

            var denied = Assert.Single(forbidden.Errors);
            Assert.Equal("EnodeForbidden", denied.ErrorId);
            Assert.Equal(ErrorCategory.PermissionDenied, denied.Category);
            Assert.Equal(charger.Id, denied.Target);
            Assert.Contains("charger:control:charging", denied.Exception.Message);
            var unprocessable = Assert.Single(controlled.Errors);
            Assert.Equal("EnodeUnprocessableEntity", unprocessable.ErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, unprocessable.Category);
            Assert.Equal(vehicle.Id, unprocessable.Target);
        }

        [Fact]
        public void An_object_that_does_not_charge_is_refused_without_a_request()
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));
            var hvac = session.Run(new GetEnodeHvacCommand()).Output[0]!;

            var host = session.Run(new StartEnodeChargingCommand(), hvac);

            var error = Assert.Single(host.Errors);
            Assert.Equal("EnodeInvalidArgument", error.ErrorId);
            Assert.Contains("Vehicle or Charger", error.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(7400)]
        [InlineData(double.NaN)]
        public void A_max_current_outside_1_to_80_amperes_stops_the_cmdlet_before_any_request(double amperes)
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));

            var host = session.Run(new SetEnodeMaxCurrentCommand { Id = new[] { "v" }, Type = "vehicle", MaxCurrent = amperes });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-MaxCurrent", host.Terminating.Exception.Message);
            Assert.Contains("1 to 80 amperes", host.Terminating.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void An_unknown_type_stops_the_cmdlet_naming_the_allowed_ones()
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));

            var host = session.Run(new StartEnodeChargingCommand { Id = new[] { "x" }, Type = "hvac" });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("vehicle, charger", host.Terminating.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void Set_EnodeMaxCurrent_sends_the_current_to_vehicles_and_chargers_from_the_pipeline()
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));
            var vehicle = session.Controllable(DeviceKind.Vehicle)[0];
            var charger = session.Controllable(DeviceKind.Charger)[0];
            var devices = new object[]
            {
                session.Run(new GetEnodeVehicleCommand { Id = new[] { vehicle.Id } }).Output[0]!,
                session.Run(new GetEnodeChargerCommand { Id = new[] { charger.Id } }).Output[0]!,
            };

            var host = session.Run(new SetEnodeMaxCurrentCommand { MaxCurrent = 12.5 }, devices);

            Assert.Empty(host.Errors);
            Assert.Equal(new double?[] { 12.5, 12.5 }, host.OutputOf<VendorAction>().Select(a => a.TargetState!.MaxCurrent));
            Assert.Equal("{\"maxCurrent\":12.5}", Assert.Single(session.Sent("POST /vehicles/{vehicleId}/max-current")).Body);
            Assert.Equal($"/chargers/{charger.Id}/max-current", Assert.Single(session.Sent("POST /chargers/{chargerId}/max-current")).Path);
        }

        [Fact]
        public void Set_EnodeChargeRateLimit_checks_the_chargers_allowed_range_before_sending()
        {
            using var session = new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));
            var records = session.Controllable(DeviceKind.Charger, 2);
            var chargers = session.Run(new GetEnodeChargerCommand { Id = records.Select(r => r.Id).ToArray() }).Output.Cast<object>().ToArray();

            var tooHigh = session.Run(new SetEnodeChargeRateLimitCommand { ChargeRateLimit = 30 }, chargers);
            var fits = session.Run(new SetEnodeChargeRateLimitCommand { ChargeRateLimit = 11 }, chargers[0]);
            var byId = session.Run(new SetEnodeChargeRateLimitCommand { Id = new[] { records[1].Id }, ChargeRateLimit = 3.7 });
            var zero = session.Run(new SetEnodeChargeRateLimitCommand { Id = new[] { records[1].Id }, ChargeRateLimit = 0 });

            Assert.Equal(2, tooHigh.Errors.Count);
            Assert.All(tooHigh.Errors, e => Assert.Equal("EnodeInvalidArgument", e.ErrorId));
            Assert.Contains("1.4 to 22 kW", tooHigh.Errors[0].Exception.Message);
            Assert.Equal(11, Assert.Single(fits.OutputOf<VendorAction>()).TargetState!.ChargeRateLimit);
            Assert.Equal(3.7, Assert.Single(byId.OutputOf<VendorAction>()).TargetState!.ChargeRateLimit);
            Assert.Equal("EnodeInvalidParameter", zero.Terminating!.ErrorId);
            Assert.Equal(new[] { "{\"chargeRateLimit\":11}", "{\"chargeRateLimit\":3.7}" }, session.Sent("POST /chargers/{chargerId}/charge-rate-limit").Select(r => r.Body));
        }
    }
}
