using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Health
{
    public class GetEnodeHealthTests
    {
        [Fact]
        public void Health_reports_readiness_and_warns_when_the_service_is_not_ready()
        {
            using var session = new PowerShellSession();

            var ready = Assert.IsType<ServiceReadiness>(Assert.Single(session.Run("Get-EnodeHealth").AssertSucceeded().Objects));
            session.Emulator.State.Health.IsReady = false;
            var result = session.Run("Get-EnodeHealth");

            Assert.True(ready.IsReady);
            var notReady = Assert.IsType<ServiceReadiness>(Assert.Single(result.Objects));
            Assert.False(notReady.IsReady);
            Assert.Equal(503, notReady.StatusCode);
            Assert.Contains("not ready", Assert.Single(result.Warnings));
            result.AssertSucceeded();
            Assert.Equal(2, session.Emulator.ServedOperations["GET /health/ready"]);
        }

        [Fact]
        public void Health_per_vendor_type_lists_typed_vendors_of_each_type()
        {
            using var session = new PowerShellSession();
            session.Emulator.State.Health.SetVendorStatus("TESLA", ServiceHealth.Outage);

            var result = session.Run("Get-EnodeHealth -DeviceType charger, battery").AssertSucceeded();

            var vendors = result.OutputOf<VendorHealth>().ToList();
            Assert.Equal(result.Output.Count, vendors.Count);
            Assert.Equal(19 + 10, vendors.Count);
            Assert.Equal(new[] { "charger", "battery" }, vendors.Select(v => v.VendorType).Distinct());
            Assert.All(vendors.Where(v => v.Vendor == "TESLA"), v => Assert.Equal("OUTAGE", v.Status));
            Assert.Equal(new[] { "/health/chargers", "/health/batteries" }, session.Emulator.Journal.Snapshot().Where(r => r.Path.StartsWith("/health/")).Select(r => r.Path));
        }

        // -DeviceType has a ValidateSet: PowerShell's binder refuses the bad value, naming the parameter and the set.
        [Fact]
        public void A_bad_vendor_type_for_health_stops_before_any_request()
        {
            using var session = new PowerShellSession();
            session.Emulator.Journal.Clear();

            var result = session.Run("Get-EnodeHealth -DeviceType boat");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("ParameterArgumentValidationError,EnodePS.Cmdlets.Health.GetEnodeHealthCommand", error.FullyQualifiedErrorId);
            Assert.Contains("'DeviceType'", error.Exception.Message);
            Assert.Contains("\"vehicle,charger,hvac,inverter,battery,meter\"", error.Exception.Message);
            Assert.Empty(result.Output);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }
    }
}
