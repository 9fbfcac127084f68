using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.PowerShell.Tests.Support;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.PowerShell.Tests.Charging
{
    public class StopEnodeChargingTests
    {
        [Fact]
        public void Chargers_piped_in_are_stopped_and_Wait_writes_the_final_actions()
        {
            using var session = new PowerShellSession(new EmulatorOptions { ChargerCount = 3, ActionDelay = TimeSpan.FromMilliseconds(200) });
            session.Controllable(DeviceKind.Charger, 3, change: c => c["chargeState"]!["isCharging"] = true);

            var result = session.Run("Get-EnodeCharger | Stop-EnodeCharging -Wait").AssertSucceeded();

            Assert.Equal(3, result.Output.Count);
            Assert.All(result.OutputOf<VendorAction>(), a => Assert.Equal((ActionStates.Confirmed, "STOP", "charger"), (a.State, a.Kind, a.TargetType)));
            Assert.Equal(3, session.Sent("POST /chargers/{chargerId}/charging").Length);
            Assert.All(session.Sent("POST /chargers/{chargerId}/charging"), r => Assert.Equal("{\"action\":\"STOP\"}", r.Body));
            Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);
        }

        [Fact]
        public void A_vehicle_under_smart_charging_is_an_Enode_controlled_entity_error_that_says_what_to_do()
        {
            using var session = ControlledEmulator.NewSession();
            var vehicle = session.Controllable(DeviceKind.Vehicle, change: v => v["smartChargingPolicy"]!["isEnabled"] = true)[0];

            var result = session.Run("Stop-EnodeCharging -Id $id -DeviceType vehicle", new { id = vehicle.Id });

            var controlled = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeControlledEntity,EnodePS.Cmdlets.Charging.StopEnodeChargingCommand", controlled.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, controlled.CategoryInfo.Category);
            Assert.Equal(vehicle.Id, controlled.TargetObject);
            Assert.Contains("Start-EnodeSmartOverride", controlled.Exception.Message);
            Assert.Contains("Set-EnodeSchedule -Enabled:$false", controlled.Exception.Message);
            Assert.Contains("Set-EnodeSmartChargingPolicy -Enabled:$false", controlled.ErrorDetails.RecommendedAction);
            Assert.Contains("smart charging enabled", controlled.Exception.InnerException!.Message);
            // The host prints ErrorDetails.Message and then the recommendation: the advice is not shown twice.
            Assert.DoesNotContain("Start-EnodeSmartOverride", controlled.ErrorDetails.Message);
            Assert.Contains("takes no manual charging commands", controlled.ErrorDetails.Message);
        }

        [Fact]
        public void A_vehicle_an_enabled_schedule_controls_is_an_Enode_controlled_entity_error()
        {
            using var session = ControlledEmulator.NewSession();
            var vehicle = session.Controllable(DeviceKind.Vehicle)[0];
            session.Invoke("$null = Get-EnodeVehicle -Id $id | New-EnodeSchedule -Rule @{ From = '22:00'; To = '06:00'; ShouldCharge = $true } -Enabled", new { id = vehicle.Id });

            var result = session.Run("Start-EnodeCharging -Id $id -DeviceType vehicle", new { id = vehicle.Id });

            var controlled = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeControlledEntity,EnodePS.Cmdlets.Charging.StartEnodeChargingCommand", controlled.FullyQualifiedErrorId);
            Assert.Contains("controlled by a schedule", controlled.Exception.InnerException!.Message);
        }

        [Fact]
        public void What_if_sends_nothing()
        {
            using var session = ControlledEmulator.NewSession();
            var records = session.Controllable(DeviceKind.Charger, 2);

            var result = session.Run("Get-EnodeCharger -First 2 | Stop-EnodeCharging -WhatIf");

            result.AssertSucceeded();
            Assert.Equal(records.Select(r => ("charger " + r.Id, "Stop charging")), result.WhatIf);
            Assert.Empty(result.Output);
            Assert.Empty(session.Changes());
        }
    }
}
