using System;
using System.Linq;
using EnodePS.Client.Models;
using EnodePS.Emulator.Actions;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Charging
{
    public class SetEnodeChargeRateLimitTests
    {
        [Fact]
        public void Checks_the_chargers_allowed_range_before_sending()
        {
            using var session = ControlledEmulator.NewSession();
            var records = session.Controllable(DeviceKind.Charger, 2);
            var chargers = session.Run("Get-EnodeCharger -Id $ids", new { ids = records.Select(r => r.Id).ToArray() }).AssertSucceeded().Output;

            var tooHigh = session.Run("$chargers | Set-EnodeChargeRateLimit -ChargeRateLimit 30", new { chargers });
            var fits = session.Run("$charger | Set-EnodeChargeRateLimit -ChargeRateLimit 11", new { charger = chargers[0] });
            var byId = session.Run("Set-EnodeChargeRateLimit -Id $id -ChargeRateLimit 3.7", new { id = records[1].Id });
            var zero = session.RunCatchingTerminating("Set-EnodeChargeRateLimit -Id $id -ChargeRateLimit 0", new { id = records[1].Id });

            Assert.Equal(2, tooHigh.Errors.Count);
            Assert.All(tooHigh.Errors, e => Assert.Equal("EnodeInvalidArgument,EnodePS.Cmdlets.Charging.SetEnodeChargeRateLimitCommand", e.FullyQualifiedErrorId));
            Assert.Contains("1.4 to 22 kW", tooHigh.Errors[0].Exception.Message);
            Assert.Equal(11, Assert.Single(fits.AssertSucceeded().OutputOf<VendorAction>()).TargetState!.ChargeRateLimit);
            Assert.Equal(3.7, Assert.Single(byId.AssertSucceeded().OutputOf<VendorAction>()).TargetState!.ChargeRateLimit);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Charging.SetEnodeChargeRateLimitCommand", zero.Terminating?.FullyQualifiedErrorId);
            Assert.Equal(new[] { "{\"chargeRateLimit\":11}", "{\"chargeRateLimit\":3.7}" }, session.Sent("POST /chargers/{chargerId}/charge-rate-limit").Select(r => r.Body));
        }

        [Fact]
        public void What_if_sends_nothing()
        {
            using var session = ControlledEmulator.NewSession();
            var records = session.Controllable(DeviceKind.Charger, 2);

            var result = session.Run("Get-EnodeCharger -First 2 | Set-EnodeChargeRateLimit -ChargeRateLimit 7 -WhatIf");

            result.AssertSucceeded();
            Assert.Equal(records.Select(r => ("charger " + r.Id, "Limit the charge rate to 7 kW")), result.WhatIf);
            Assert.Empty(result.Output);
            Assert.Empty(session.Changes());
        }
    }
}
