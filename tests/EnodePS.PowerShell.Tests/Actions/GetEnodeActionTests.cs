using System;
using System.Linq;
using EnodePS.Client.Models;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Time;
using EnodePS.PowerShell.Tests.Support;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.PowerShell.Tests.Actions
{
    public class GetEnodeActionTests
    {
        [Fact]
        public void Reads_by_id_and_type_from_piped_ids_and_from_action_objects()
        {
            var clock = new ManualEmulatorClock(ControlledEmulator.Now);
            using var session = ControlledEmulator.NewSession(clock);
            var vehicle = session.Controllable(DeviceKind.Vehicle)[0];
            var charger = session.Controllable(DeviceKind.Charger)[0];
            var startedRun = session.Run(
                "Start-EnodeCharging -Id $vehicleId -DeviceType vehicle; Start-EnodeCharging -Id $chargerId -DeviceType charger",
                new { vehicleId = vehicle.Id, chargerId = charger.Id }).AssertSucceeded();
            var started = startedRun.OutputOf<VendorAction>().ToArray();
            clock.Advance(session.Emulator.Options.ActionDelay);

            var fromObjects = session.Run("$started | Get-EnodeAction", new { started = startedRun.Output });
            // Given by position rather than piped, an action binds to -InputObject (not converted to an -Id string).
            var positional = session.Run("Get-EnodeAction $action", new { action = startedRun.Output[0] });
            var byId = session.Run("Get-EnodeAction -Id $id -DeviceType charger", new { id = started[1].Id });
            var fromStrings = session.Run("$id | Get-EnodeAction -DeviceType vehicle", new { id = started[0].Id });
            var missing = session.Run("Get-EnodeAction -Id $id -DeviceType battery", new { id = started[0].Id });

            Assert.Equal(started.Select(a => a.Id), fromObjects.AssertSucceeded().OutputOf<VendorAction>().Select(a => a.Id));
            Assert.All(fromObjects.OutputOf<VendorAction>(), a => Assert.Equal(ActionStates.Confirmed, a.State));
            Assert.Equal(new[] { $"/vehicles/actions/{started[0].Id}", $"/chargers/actions/{started[1].Id}" },
                session.Emulator.Journal.Snapshot().Where(r => r.Path.Contains("/actions/")).Take(2).Select(r => r.Path));
            Assert.Equal(started[1].Id, Assert.Single(byId.AssertSucceeded().OutputOf<VendorAction>()).Id);
            Assert.Equal(started[0].Id, Assert.Single(positional.AssertSucceeded().OutputOf<VendorAction>()).Id);
            Assert.Equal(started[0].Id, Assert.Single(fromStrings.AssertSucceeded().OutputOf<VendorAction>()).Id);
            var notFound = Assert.Single(missing.Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Actions.GetEnodeActionCommand", notFound.FullyQualifiedErrorId);
            Assert.Equal(started[0].Id, notFound.TargetObject);
        }
    }
}
