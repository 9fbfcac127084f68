using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator.Actions;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Chargers
{
    public class SetEnodeChargerTests
    {
        [Fact]
        public void Puts_a_charger_from_the_pipeline_at_a_location()
        {
            using var session = ControlledEmulator.NewSession();
            var charger = session.Controllable(DeviceKind.Charger)[0];
            var home = session.AddLocation(charger.UserId!);

            var placed = session.Run("Get-EnodeCharger -Id $id | Set-EnodeCharger -LocationId $homeId -PassThru", new { id = charger.Id, homeId = home }).AssertSucceeded();

            Assert.Equal(home, Assert.Single(placed.OutputOf<Charger>()).Location.Id);
            Assert.Equal("{\"locationId\":\"" + home + "\"}", Assert.Single(session.Sent("PUT /chargers/{chargerId}")).Body);
        }

        [Fact]
        public void Another_users_location_is_an_invalid_argument_and_what_if_sends_nothing()
        {
            using var session = ControlledEmulator.NewSession();
            var charger = session.Controllable(DeviceKind.Charger)[0];
            var foreign = session.AddLocation("someone-else");

            var whatIfResult = session.Run("Set-EnodeCharger -Id $id -LocationId $foreign -WhatIf", new { id = charger.Id, foreign });
            whatIfResult.AssertSucceeded();
            Assert.Equal(new[] { ("charger " + charger.Id, "Set the location to " + foreign) }, whatIfResult.WhatIf);
            Assert.Empty(session.Changes());
            var result = session.Run("Set-EnodeCharger -Id $id -LocationId $foreign", new { id = charger.Id, foreign });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeBadRequest,EnodePS.Cmdlets.Chargers.SetEnodeChargerCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(charger.Id, error.TargetObject);
        }
    }
}
