using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator.Actions;
using EnodePS.PowerShell.Tests.Support;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.PowerShell.Tests.Actions
{
    public class StopEnodeActionTests
    {
        [Fact]
        public void Cancels_a_pending_action_and_reports_one_already_resolved()
        {
            using var session = ControlledEmulator.NewSession();
            var battery = session.Controllable(DeviceKind.Battery)[0];
            var started = session.Run("Set-EnodeBatteryOperationMode -Id $id -OperationMode idle", new { id = battery.Id }).AssertSucceeded();
            var action = started.OutputOf<VendorAction>().Single();

            var whatIf = session.Run("$action | Stop-EnodeAction -WhatIf", new { action = started.Output.Single() });
            var cancelled = session.Run("$action | Stop-EnodeAction -PassThru", new { action = started.Output.Single() });
            var again = session.Run("Stop-EnodeAction -Id $id -DeviceType battery", new { id = action.Id });

            whatIf.AssertSucceeded();
            Assert.Equal(new[] { ("battery action " + action.Id, "Cancel") }, whatIf.WhatIf);
            Assert.Equal(2, session.Sent("POST /batteries/actions/{actionId}/cancel").Length);
            var result = Assert.Single(cancelled.AssertSucceeded().OutputOf<VendorAction>());
            Assert.Equal((ActionStates.Cancelled, "REQUESTED_CANCELLATION"), (result.State, result.FailureReason!.Type));
            var error = Assert.Single(again.Errors);
            Assert.Equal("EnodeActionAlreadyResolved,EnodePS.Cmdlets.Actions.StopEnodeActionCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            Assert.Equal(action.Id, error.TargetObject);
            Assert.Contains("CANCELLED", error.Exception.Message);
            Assert.Empty(again.Output);
        }
    }
}
