using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Chargers;
using EnodePS.Cmdlets.Health;
using EnodePS.Cmdlets.Integrations;
using EnodePS.Cmdlets.Interventions;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.State;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>Get-EnodeIntervention, Get-EnodeIntegration and Get-EnodeHealth.</summary>
    public class GetEnodeCatalogTests
    {
        [Fact]
        public void Interventions_are_listed_typed_and_filtered_by_vendor_type_vendor_and_language()
        {
            using var session = new CmdletSession();

            var all = session.Run(new GetEnodeInterventionCommand());
            var filtered = session.Run(new GetEnodeInterventionCommand { VendorType = "Battery", Vendor = "TESLA", Language = "nb-NO" });

            Assert.Equal(session.Emulator.State.Interventions.Count, all.OutputOf<Intervention>().Count());
            Assert.Equal(all.Output.Count, all.Output.Count(o => o is Intervention));
            var tesla = Assert.Single(filtered.OutputOf<Intervention>());
            Assert.Equal(("battery", "TESLA"), (tesla.VendorType, tesla.Vendor));
            Assert.StartsWith("Slå på", tesla.Resolution.Title);
            var sent = session.Emulator.Journal.Snapshot().Last();
            Assert.Equal(("battery", "TESLA", "nb-NO"), (sent.Query["vendorType"], sent.Query["vendor"], sent.Query["language"]));
        }

        [Fact]
        public void The_interventions_a_capability_needs_come_from_piping_the_capability()
        {
            using var session = new CmdletSession(new EmulatorOptions { ChargerCount = 30 });
            var chargers = session.Run(new GetEnodeChargerCommand()).OutputOf<Charger>().ToList();
            var blocked = chargers.Select(c => c.Capabilities.StartCharging).Where(c => c.InterventionIds.Count > 0).Take(2).ToArray();
            var capable = chargers.Select(c => c.Capabilities.Information).First(c => c.IsCapable);

            var host = session.Run(new GetEnodeInterventionCommand(), blocked.Cast<object>().Append(capable).ToArray());

            Assert.Equal(2, blocked.Length);
            Assert.Empty(host.Errors);
            Assert.Equal(blocked.SelectMany(c => c.InterventionIds), host.OutputOf<Intervention>().Select(i => i.Id));
            Assert.All(host.OutputOf<Intervention>(), i => Assert.Equal("charger", i.VendorType));
        }

        [Fact]
        public void An_unknown_intervention_is_reported_with_its_id()
        {
            using var session = new CmdletSession();

            var host = session.Run(new GetEnodeInterventionCommand { Id = new[] { "00000000-0000-4000-8000-000000000000" } });

            var error = Assert.Single(host.Errors);
            Assert.Equal(("EnodeNotFound", ErrorCategory.ObjectNotFound), (error.ErrorId, error.Category));
            Assert.Equal("00000000-0000-4000-8000-000000000000", error.Target);
        }

        [Theory]
        [InlineData("car", null, "VendorType", "vehicle, charger, hvac, inverter, battery, meter")]
        [InlineData(null, "Norsk", "Language", "nb-NO")]
        public void Bad_intervention_filters_stop_before_any_request(string? vendorType, string? language, string parameter, string allowed)
        {
            using var session = new CmdletSession();
            session.Emulator.Journal.Clear();

            var host = session.Run(new GetEnodeInterventionCommand { VendorType = vendorType, Language = language });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-" + parameter, host.Terminating.Exception.Message);
            Assert.Contains(allowed, host.Terminating.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }

        [Fact]
        public void Integrations_are_listed_by_asset_type_and_vendor()
        {
            using var session = new CmdletSession();
            session.Emulator.State.Health.SetVendorStatus("ZAPTEC", ServiceHealth.ElevatedErrorRate);

            var all = session.Run(new GetEnodeIntegrationCommand()).OutputOf<Integration>().ToList();
            var chargers = session.Run(new GetEnodeIntegrationCommand { AssetType = new[] { "charger" } }).OutputOf<Integration>().ToList();
            var zaptec = Assert.Single(session.Run(new GetEnodeIntegrationCommand { Vendor = "zaptec" }).OutputOf<Integration>());

            Assert.Contains(all, i => i.AssetTypes.Contains("vehicle"));
            Assert.All(chargers, i => Assert.Equal(new[] { "charger" }, i.AssetTypes));
            Assert.Equal(19, chargers.Count);
            Assert.Equal("ELEVATED_ERROR_RATE", zaptec.Status);
            Assert.Contains(session.Emulator.Journal.Snapshot(), r => r.Query.TryGetValue("assetTypes", out var t) && t == "charger");
        }

        [Fact]
        public void A_bad_asset_type_stops_before_any_request()
        {
            using var session = new CmdletSession();
            session.Emulator.Journal.Clear();

            var host = session.Run(new GetEnodeIntegrationCommand { AssetType = new[] { "charger", "boat" } });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Equal("boat", host.Terminating.Target);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }

        [Fact]
        public void Health_reports_readiness_and_warns_when_the_service_is_not_ready()
        {
            using var session = new CmdletSession();

            var ready = Assert.IsType<ServiceReadiness>(Assert.Single(session.Run(new GetEnodeHealthCommand()).Output));
            session.Emulator.State.Health.IsReady = false;
            var host = session.Run(new GetEnodeHealthCommand());

            Assert.True(ready.IsReady);
            var notReady = Assert.IsType<ServiceReadiness>(Assert.Single(host.Output));
            Assert.False(notReady.IsReady);
            Assert.Equal(503, notReady.StatusCode);
            Assert.Contains("not ready", Assert.Single(host.Warnings));
            Assert.Empty(host.Errors);
            Assert.Equal(2, session.Emulator.ServedOperations["GET /health/ready"]);
        }

        [Fact]
        public void Health_per_vendor_type_lists_typed_vendors_of_each_type()
        {
            using var session = new CmdletSession();
            session.Emulator.State.Health.SetVendorStatus("TESLA", ServiceHealth.Outage);

            var host = session.Run(new GetEnodeHealthCommand { VendorType = new[] { "charger", "battery" } });

            var vendors = host.OutputOf<VendorHealth>().ToList();
            Assert.Equal(host.Output.Count, vendors.Count);
            Assert.Equal(19 + 10, vendors.Count);
            Assert.Equal(new[] { "charger", "battery" }, vendors.Select(v => v.VendorType).Distinct());
            Assert.All(vendors.Where(v => v.Vendor == "TESLA"), v => Assert.Equal("OUTAGE", v.Status));
            Assert.Equal(new[] { "/health/chargers", "/health/batteries" }, session.Emulator.Journal.Snapshot().Where(r => r.Path.StartsWith("/health/")).Select(r => r.Path));
        }

        [Fact]
        public void A_bad_vendor_type_for_health_stops_before_any_request()
        {
            using var session = new CmdletSession();
            session.Emulator.Journal.Clear();

            var host = session.Run(new GetEnodeHealthCommand { VendorType = new[] { "boat" } });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-VendorType", host.Terminating.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }
    }
}
