using System;
using System.Linq;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.PowerShell.Tests.Support;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.PowerShell.Tests.Actions
{
    /// <summary>An action Enode creates CANCELLED as UNNECESSARY means the device is already as asked: done, with a warning.</summary>
    public class WaitEnodeActionAlreadyInStateTests
    {
        [Fact]
        public void A_device_already_charging_is_done_with_a_warning_naming_the_device_and_no_error()
        {
            using var session = new PowerShellSession(new EmulatorOptions { ChargerCount = 2 });
            var charger = session.Controllable(DeviceKind.Charger, change: c => c["chargeState"]!["isCharging"] = true)[0];
            var vendor = (string)charger.Body["vendor"]!;

            var result = session.Run("Get-EnodeCharger -Id $id | Start-EnodeCharging | Wait-EnodeAction -PollIntervalSeconds 0.05 -Verbose", new { id = charger.Id })
                .AssertSucceeded();

            var action = Assert.Single(result.OutputOf<VendorAction>());
            Assert.Equal(ActionStates.Cancelled, action.State);
            Assert.Equal("UNNECESSARY", action.FailureReason!.Type);
            var warning = Assert.Single(result.Warnings);
            Assert.StartsWith("Charger " + charger.Id + " (" + vendor + ") is already as asked", warning);
            Assert.Contains("already as asked", warning);
            Assert.Contains(result.Verbose, v => v.Contains(action.Id) && v.Contains("counted as done"));
            Assert.Contains(result.Progress, p => p.StatusDescription.StartsWith("1 of 1 done: 0 confirmed, 1 already so", StringComparison.Ordinal));
        }

        [Fact]
        public void With_Wait_the_control_cmdlet_warns_once_and_writes_the_action_without_error()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });
            var vehicle = session.Controllable(DeviceKind.Vehicle, change: v => v["chargeState"]!["isCharging"] = true)[0];

            var result = session.Run("Start-EnodeCharging -Id $id -Type vehicle -Wait", new { id = vehicle.Id }).AssertSucceeded();

            Assert.Equal("UNNECESSARY", Assert.Single(result.OutputOf<VendorAction>()).FailureReason!.Type);
            Assert.StartsWith("Vehicle " + vehicle.Id, Assert.Single(result.Warnings));
        }

        [Fact]
        public void The_progress_bar_shows_what_has_ended_while_the_last_action_is_pending()
        {
            using var session = new PowerShellSession(new EmulatorOptions { ChargerCount = 6, ActionDelay = TimeSpan.FromSeconds(2) });
            var chargers = session.Controllable(DeviceKind.Charger, 6);
            for (var i = 0; i < 5; i++) chargers[i].Body["chargeState"]!["isCharging"] = true;

            var result = session.Run("Start-EnodeCharging -Id $ids -Type charger | Wait-EnodeAction -PollIntervalSeconds 0.1",
                new { ids = chargers.Select(c => c.Id).ToArray() }).AssertSucceeded();

            Assert.Equal(6, result.OutputOf<VendorAction>().Count());
            // A host draws progress at most every 200 ms: the counts are repeated while the last action is pending.
            Assert.True(result.Progress.Count(p => p.StatusDescription.StartsWith("5 of 6 done: 0 confirmed, 5 already so", StringComparison.Ordinal)) >= 2,
                string.Join(" | ", result.Progress.Select(p => p.StatusDescription)));
            Assert.Contains(result.Progress, p => p.StatusDescription.StartsWith("6 of 6 done: 1 confirmed, 5 already so", StringComparison.Ordinal));
        }
    }
}
