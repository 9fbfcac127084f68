using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.SmartCharging
{
    public class StartEnodeSmartOverrideTests
    {
        [Fact]
        public void Start_and_stop_a_smart_override_and_whatif_sends_nothing()
        {
            using var session = SmartChargingSessions.Evening();
            var vehicle = session.PluggedInVehicle();
            var before = session.Emulator.RequestCount;
            const string changes = "$vehicle | Start-EnodeSmartOverride {0}; $vehicle | Stop-EnodeSmartOverride {0}; $vehicle | Set-EnodeSmartChargingPolicy -Enabled:$false {0}";
            var whatIf = session.Run(string.Format(changes, "-WhatIf"));
            Assert.Empty(whatIf.AllErrors);
            Assert.Empty(whatIf.Output);
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run(string.Format(changes, "-Confirm"));
            Assert.Empty(declined.AllErrors);
            Assert.Equal(new[] { "Start charging now, overriding smart charging and schedules", "End the smart override", "Update smart charging policy" }
                    .Select(action => ConfirmPrompt.Operation(action, vehicle.Id)),
                declined.Prompts.Select(p => p.Substring(p.IndexOf("Performing", System.StringComparison.Ordinal))));
            Assert.Equal(before, session.Emulator.RequestCount);

            var startedResult = session.Run("$vehicle | Start-EnodeSmartOverride").AssertSucceeded();
            var started = startedResult.OutputOf<SmartOverride>().Single();
            Assert.Equal("EnodePS.SmartOverride", startedResult.Output[0].TypeNames[0]);
            Assert.Equal(("POST", $"/vehicles/{vehicle.Id}/smart-override"), (session.Emulator.Journal.Api().Last().Method, session.Emulator.Journal.Api().Last().Path));
            Assert.True(started.IsActive);
            var stopped = session.Run("$vehicle | Stop-EnodeSmartOverride").AssertSucceeded().OutputOf<SmartOverride>().Single();
            Assert.Equal("DELETE", session.Emulator.Journal.Api().Last().Method);
            Assert.False(stopped.IsActive);

            var none = Assert.Single(session.Run("$vehicle | Stop-EnodeSmartOverride").Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.SmartCharging.StopEnodeSmartOverrideCommand", none.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, none.CategoryInfo.Category);
            Assert.Equal(vehicle.Id, none.TargetObject);
            Assert.Contains("No Smart Override Exists", none.Exception.Message);
        }
    }
}
