using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Time;
using EnodePS.PowerShell.Tests.Support;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.PowerShell.Tests.Charging
{
    public class StartEnodeChargingTests
    {
        [Fact]
        public void Vehicles_piped_in_get_one_START_each_after_confirming_and_each_pending_action_is_written()
        {
            var clock = new ManualEmulatorClock(ControlledEmulator.Now);
            using var session = ControlledEmulator.NewSession(clock);
            var userId = session.Emulator.State.Users.All[0].Id;
            session.Controllable(DeviceKind.Vehicle, 8, userId);
            var listed = session.Run("Get-EnodeVehicle -UserId $userId", new { userId }).AssertSucceeded();
            var vehicles = listed.OutputOf<Vehicle>().ToArray();
            session.Host.Answer = PromptAnswer.Yes;

            var result = session.Run("$vehicles | Start-EnodeCharging -Confirm", new { vehicles = listed.Output });

            Assert.Empty(result.AllErrors);
            var actions = result.OutputOf<VendorAction>().ToList();
            Assert.Equal(vehicles.Select(v => v.Id), actions.Select(a => a.TargetId));
            Assert.All(actions, a => Assert.Equal((ActionStates.Pending, "START", "vehicle"), (a.State, a.Kind, a.TargetType)));
            var sent = session.Sent("POST /vehicles/{vehicleId}/charging");
            Assert.Equal(vehicles.Select(v => $"/vehicles/{v.Id}/charging"), sent.Select(r => r.Path));
            Assert.All(sent, r => Assert.Equal("{\"action\":\"START\"}", r.Body));
            Assert.Equal(vehicles.Length, result.Prompts.Count);
            Assert.All(vehicles.Zip(result.Prompts), p => Assert.Contains(ConfirmPrompt.Operation("Start charging", "vehicle " + p.First.Id), p.Second));

            clock.Advance(session.Emulator.Options.ActionDelay);
            var confirmed = session.Run("$actions | Get-EnodeAction", new { actions = result.Output }).AssertSucceeded().OutputOf<VendorAction>().ToList();
            Assert.Equal(actions.Count, confirmed.Count);
            Assert.All(confirmed, a => Assert.Equal(ActionStates.Confirmed, a.State));
        }

        [Fact]
        public void Get_EnodeVehicle_then_Start_EnodeCharging_then_Wait_EnodeAction_ends_with_every_action_confirmed()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 8, UserCount = 2, ActionDelay = TimeSpan.FromMilliseconds(300) });
            var userId = session.Emulator.State.Users.All[1].Id;
            session.Controllable(DeviceKind.Vehicle, 8, userId);

            var vehicles = session.Run("Get-EnodeVehicle -UserId $userId", new { userId }).AssertSucceeded();
            var started = session.Run("$vehicles | Start-EnodeCharging", new { vehicles = vehicles.Output }).AssertSucceeded();
            // Real PowerShell refuses writes from any thread but the pipeline's, so a clean run also shows they were all made there.
            var result = session.Run("$started | Wait-EnodeAction -PollIntervalSeconds 0.05", new { started = started.Output }).AssertSucceeded();

            Assert.Equal(4, vehicles.Output.Count);
            Assert.Equal(started.OutputOf<VendorAction>().Select(a => a.Id).OrderBy(i => i), result.OutputOf<VendorAction>().Select(a => a.Id).OrderBy(i => i));
            Assert.All(result.OutputOf<VendorAction>(), a => Assert.Equal(ActionStates.Confirmed, a.State));
            Assert.All(session.Emulator.State.Vehicles.All.Where(v => v.UserId == userId), v => Assert.Equal(true, (bool?)v.Body["chargeState"]!["isCharging"]));
        }

        [Fact]
        public void By_id_and_type_the_request_goes_to_that_collection()
        {
            using var session = ControlledEmulator.NewSession();
            var charger = session.Controllable(DeviceKind.Charger)[0];

            var result = session.Run("Start-EnodeCharging -Id $id -DeviceType Charger", new { id = charger.Id }).AssertSucceeded();

            Assert.Equal(charger.Id, Assert.Single(result.OutputOf<VendorAction>()).TargetId);
            Assert.Equal($"/chargers/{charger.Id}/charging", Assert.Single(session.Sent("POST /chargers/{chargerId}/charging")).Path);
        }

        [Fact]
        public void What_if_sends_nothing_even_with_wait()
        {
            using var session = ControlledEmulator.NewSession();
            var records = session.Controllable(DeviceKind.Vehicle, 2);

            var result = session.Run("Get-EnodeVehicle -First 2 | Start-EnodeCharging -Wait -WhatIf");

            result.AssertSucceeded();
            Assert.Equal(records.Select(r => ("vehicle " + r.Id, "Start charging")), result.WhatIf);
            Assert.Empty(result.Output);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void A_device_that_is_not_capable_is_an_error_naming_the_capability_and_its_interventions_and_the_others_still_go()
        {
            using var session = ControlledEmulator.NewSession();
            var devices = session.Controllable(DeviceKind.Vehicle, 2);
            lock (session.Emulator.State.Gate)
                devices[0].Body["capabilities"]!["startCharging"] = CapabilityJson.NotCapable(new[] { "a3c7e3a4-4c39-4e3b-9a0b-7f1f1b6a1d10" });

            var result = session.Run("Get-EnodeVehicle -Id $ids | Start-EnodeCharging", new { ids = devices.Select(d => d.Id).ToArray() });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeNotCapable,EnodePS.Cmdlets.Charging.StartEnodeChargingCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
            Assert.Equal(devices[0].Id, error.TargetObject);
            Assert.Contains("startCharging", error.Exception.Message);
            Assert.Contains("a3c7e3a4-4c39-4e3b-9a0b-7f1f1b6a1d10", error.Exception.Message);
            Assert.Contains("Get-EnodeIntervention", error.ErrorDetails.RecommendedAction);
            Assert.Equal($"/vehicles/{devices[1].Id}/charging", Assert.Single(session.Sent("POST /vehicles/{vehicleId}/charging")).Path);
            Assert.Single(result.Output);
        }

        [Fact]
        public void A_missing_control_scope_is_PermissionDenied_naming_the_scope()
        {
            using var session = ControlledEmulator.NewSession();
            var charger = session.Controllable(DeviceKind.Charger, change: c => c["scopes"] = new JsonArray("charger:read:data"))[0];

            var result = session.Run("Start-EnodeCharging -Id $id -DeviceType charger", new { id = charger.Id });

            var denied = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeForbidden,EnodePS.Cmdlets.Charging.StartEnodeChargingCommand", denied.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.PermissionDenied, denied.CategoryInfo.Category);
            Assert.Equal(charger.Id, denied.TargetObject);
            Assert.Contains("charger:control:charging", denied.Exception.Message);
        }

        [Fact]
        public void An_object_that_does_not_charge_is_refused_without_a_request()
        {
            using var session = ControlledEmulator.NewSession();

            var result = session.Run("Get-EnodeHvac -First 1 | Start-EnodeCharging");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeInputNotAccepted,EnodePS.Cmdlets.Charging.StartEnodeChargingCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidType, error.CategoryInfo.Category);
            Assert.Contains("cannot take an Hvac", error.Exception.Message);
            Assert.Contains("a Vehicle (Id", error.Exception.Message);
            Assert.Contains("a Charger (Id", error.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void An_unknown_type_is_refused_naming_the_allowed_ones()
        {
            using var session = ControlledEmulator.NewSession();

            var result = session.RunCatchingTerminating("Start-EnodeCharging -Id x -DeviceType hvac");

            // -DeviceType is a ValidateSet: PowerShell's binder refuses the value before the cmdlet runs.
            var refused = result.Terminating!;
            Assert.Single(result.AllErrors);
            Assert.Equal("ParameterArgumentValidationError,EnodePS.Cmdlets.Charging.StartEnodeChargingCommand", refused.FullyQualifiedErrorId);
            Assert.Contains("vehicle,charger", refused.Exception.Message);
            Assert.Empty(session.Changes());
        }
    }
}
