using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Integrations
{
    public class GetEnodeIntegrationTests
    {
        [Fact]
        public void Integrations_are_listed_by_asset_type_and_vendor()
        {
            using var session = new PowerShellSession();
            session.Emulator.State.Health.SetVendorStatus("ZAPTEC", ServiceHealth.ElevatedErrorRate);

            var all = session.Run("Get-EnodeIntegration").AssertSucceeded().OutputOf<Integration>().ToList();
            var chargers = session.Run("Get-EnodeIntegration -DeviceType charger").AssertSucceeded().OutputOf<Integration>().ToList();
            var zaptec = Assert.Single(session.Run("Get-EnodeIntegration -Vendor zaptec").AssertSucceeded().OutputOf<Integration>());

            Assert.Contains(all, i => i.AssetTypes.Contains("vehicle"));
            Assert.All(chargers, i => Assert.Equal(new[] { "charger" }, i.AssetTypes));
            Assert.Equal(19, chargers.Count);
            Assert.Equal("ELEVATED_ERROR_RATE", zaptec.Status);
            Assert.Contains(session.Emulator.Journal.Snapshot(), r => r.Query.TryGetValue("assetTypes", out var t) && t == "charger");
        }

        // -DeviceType has a ValidateSet: PowerShell's binder refuses the bad value, naming it, the parameter and the set.
        [Fact]
        public void A_bad_asset_type_stops_before_any_request()
        {
            using var session = new PowerShellSession();
            session.Emulator.Journal.Clear();

            var result = session.Run("Get-EnodeIntegration -DeviceType charger, boat");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("ParameterArgumentValidationError,EnodePS.Cmdlets.Integrations.GetEnodeIntegrationCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Contains("'DeviceType'", error.Exception.Message);
            Assert.Contains("\"boat\"", error.Exception.Message);
            Assert.Contains("\"vehicle,charger,hvac,inverter,battery,meter\"", error.Exception.Message);
            Assert.Empty(result.Output);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }
    }
}
