using System;
using System.Linq;
using EnodePS.Client.Models;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Support;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.PowerShell.Tests.Batteries
{
    public class SetEnodeBatteryOperationModeTests
    {
        [Fact]
        public void Sends_the_documented_mode_and_refuses_one_the_battery_does_not_allow()
        {
            using var session = ControlledEmulator.NewSession();
            var records = session.Controllable(DeviceKind.Battery, 2);
            lock (session.Emulator.State.Gate) records[1].Body["capabilities"]!["exportFocus"] = CapabilityJson.NotCapable(new string[0]);

            var result = session.Run("Get-EnodeBattery -Id $ids | Set-EnodeBatteryOperationMode -OperationMode 'export focus'",
                new { ids = records.Select(r => r.Id).ToArray() });

            var action = Assert.Single(result.OutputOf<VendorAction>());
            Assert.Equal(("EXPORT_FOCUS", ActionStates.Pending, records[0].Id), (action.TargetState!.OperationMode, action.State, action.TargetId));
            Assert.Equal("{\"operationMode\":\"EXPORT_FOCUS\"}", Assert.Single(session.Sent("POST /batteries/{batteryId}/operation-mode")).Body);
            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeNotCapable,EnodePS.Cmdlets.Batteries.SetEnodeBatteryOperationModeCommand", error.FullyQualifiedErrorId);
            Assert.Contains("exportFocus", error.Exception.Message);
            Assert.Equal(records[1].Id, error.TargetObject);
        }

        [Fact]
        public void An_operation_mode_outside_the_documented_ones_stops_the_cmdlet_naming_them()
        {
            using var session = ControlledEmulator.NewSession();

            var result = session.RunCatchingTerminating("Set-EnodeBatteryOperationMode -Id b -OperationMode BOOST");

            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Batteries.SetEnodeBatteryOperationModeCommand", result.Terminating?.FullyQualifiedErrorId);
            Assert.Contains("-OperationMode", result.Terminating!.Exception.Message);
            Assert.Contains("IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE, IDLE", result.Terminating.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void What_if_sends_no_operation_mode()
        {
            using var session = ControlledEmulator.NewSession();
            var battery = session.Controllable(DeviceKind.Battery)[0];

            var result = session.Run("Set-EnodeBatteryOperationMode -Id $id -OperationMode IDLE -WhatIf", new { id = battery.Id });

            result.AssertSucceeded();
            Assert.Equal(new[] { ("battery " + battery.Id, "Set the operation mode to IDLE") }, result.WhatIf);
            Assert.Empty(result.Output);
            Assert.Empty(session.Changes());
        }
    }
}
