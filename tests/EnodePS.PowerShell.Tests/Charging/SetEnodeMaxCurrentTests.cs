using System;
using System.Linq;
using EnodePS.Client.Models;
using EnodePS.Emulator.Actions;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Charging
{
    public class SetEnodeMaxCurrentTests
    {
        [Fact]
        public void Sends_the_current_to_vehicles_and_chargers_from_the_pipeline()
        {
            using var session = ControlledEmulator.NewSession();
            var vehicle = session.Controllable(DeviceKind.Vehicle)[0];
            var charger = session.Controllable(DeviceKind.Charger)[0];

            var result = session.Run("@(Get-EnodeVehicle -Id $vehicleId; Get-EnodeCharger -Id $chargerId) | Set-EnodeMaxCurrent -MaxCurrent 12.5",
                new { vehicleId = vehicle.Id, chargerId = charger.Id }).AssertSucceeded();

            Assert.Equal(new double?[] { 12.5, 12.5 }, result.OutputOf<VendorAction>().Select(a => a.TargetState!.MaxCurrent));
            Assert.Equal("{\"maxCurrent\":12.5}", Assert.Single(session.Sent("POST /vehicles/{vehicleId}/max-current")).Body);
            Assert.Equal($"/chargers/{charger.Id}/max-current", Assert.Single(session.Sent("POST /chargers/{chargerId}/max-current")).Path);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(7400)]
        [InlineData(double.NaN)]
        public void A_max_current_outside_1_to_80_amperes_stops_the_cmdlet_before_any_request(double amperes)
        {
            using var session = ControlledEmulator.NewSession();

            var result = session.RunCatchingTerminating("Set-EnodeMaxCurrent -Id v -DeviceType vehicle -MaxCurrent $amperes", new { amperes });

            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Charging.SetEnodeMaxCurrentCommand", result.Terminating?.FullyQualifiedErrorId);
            Assert.Contains("-MaxCurrent", result.Terminating!.Exception.Message);
            Assert.Contains("1 to 80 amperes", result.Terminating.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void What_if_sends_nothing()
        {
            using var session = ControlledEmulator.NewSession();
            var records = session.Controllable(DeviceKind.Vehicle, 2);

            var result = session.Run("Get-EnodeVehicle -First 2 | Set-EnodeMaxCurrent -MaxCurrent 16 -WhatIf");

            result.AssertSucceeded();
            Assert.Equal(records.Select(r => ("vehicle " + r.Id, "Set the max current to 16 A")), result.WhatIf);
            Assert.Empty(result.Output);
            Assert.Empty(session.Changes());
        }
    }
}
