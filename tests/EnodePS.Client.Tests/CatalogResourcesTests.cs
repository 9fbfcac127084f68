using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator.State;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    /// <summary>Interventions, integrations and health over loopback.</summary>
    public class CatalogResourcesTests
    {
        [Fact]
        public async Task Interventions_list_filter_translate_and_get_by_id()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);

            var all = await client.Interventions.ListAsync();
            var chargers = await client.Interventions.ListAsync("Charger", "ZAPTEC", "nb-NO");
            var one = await client.Interventions.GetAsync(chargers[0].Id, "de-DE");
            var missing = await Assert.ThrowsAsync<EnodeApiException>(() => client.Interventions.GetAsync("00000000-0000-4000-8000-000000000000"));

            Assert.Equal(host.Emulator.State.Interventions.Count, all.Count);
            Assert.All(chargers, i => Assert.Equal(("charger", "ZAPTEC"), (i.VendorType, i.Vendor)));
            Assert.NotEqual(all.Single(i => i.Id == chargers[0].Id).Resolution.Title, chargers[0].Resolution.Title);
            Assert.Equal(chargers[0].Id, one.Id);
            Assert.False(string.IsNullOrEmpty(one.Resolution.Description));
            Assert.Contains(one.Resolution.Access, new[] { "Remote", "Physical" });
            Assert.Equal("Intervention not found.", missing.Detail);
            var listed = host.Emulator.Journal.Snapshot().First(r => r.Query.ContainsKey("vendor"));
            Assert.Equal(("charger", "ZAPTEC", "nb-NO"), (listed.Query["vendorType"], listed.Query["vendor"], listed.Query["language"]));
        }

        [Fact]
        public async Task Getting_an_intervention_by_id_sends_the_vendor_type_and_vendor_filters_when_given()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var charger = (await client.Interventions.ListAsync("charger", "ZAPTEC"))[0];

            var one = await client.Interventions.GetAsync(charger.Id, "Charger", "ZAPTEC", "de-DE");

            Assert.Equal(charger.Id, one.Id);
            var sent = host.Emulator.Journal.Snapshot().Last(r => r.Path == "/interventions/" + charger.Id);
            Assert.Equal(("charger", "ZAPTEC", "de-DE"), (sent.Query["vendorType"], sent.Query["vendor"], sent.Query["language"]));
        }

        [Fact]
        public async Task Intervention_filters_are_checked_before_sending()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);

            var type = await Assert.ThrowsAsync<ArgumentException>(() => client.Interventions.ListAsync("car"));
            var language = await Assert.ThrowsAsync<ArgumentException>(() => client.Interventions.ListAsync(language: "Norwegian"));

            Assert.Equal("vendorType", type.ParamName);
            Assert.Equal("language", language.ParamName);
            Assert.Contains("nb-NO", language.Message);
            Assert.Equal(0, host.Emulator.RequestCount);
        }

        [Fact]
        public async Task Integrations_are_listed_for_all_or_some_asset_types()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);

            var all = await client.Integrations.ListAsync();
            var some = await client.Integrations.ListAsync(new[] { "battery", "METER" });
            var bad = await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.ListAsync(new[] { "boat" }));

            var tesla = all.Single(i => i.Vendor == "TESLA");
            Assert.Equal(new[] { "vehicle", "charger", "inverter", "battery", "meter" }, tesla.AssetTypes);
            Assert.Equal("READY", tesla.Status);
            Assert.All(some, i => Assert.All(i.AssetTypes, t => Assert.Contains(t, new[] { "battery", "meter" })));
            Assert.Equal("battery,meter", host.Emulator.Journal.Snapshot().Last().Query["assetTypes"]);
            Assert.Equal("assetTypes", bad.ParamName);
        }

        [Fact]
        public async Task Readiness_is_an_answer_not_an_error_and_a_503_is_not_retried()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);

            var ready = await client.Health.GetReadinessAsync();
            host.Emulator.State.Health.IsReady = false;
            var notReady = await client.Health.GetReadinessAsync();

            Assert.True(ready.IsReady);
            Assert.Equal(204, ready.StatusCode);
            Assert.False(notReady.IsReady);
            Assert.Equal(503, notReady.StatusCode);
            Assert.Contains("not operating nominally", notReady.Detail);
            Assert.Equal(2, host.Emulator.ServedOperations["GET /health/ready"]);
            Assert.Equal(0, client.RetryStatistics.Retries);
        }

        [Fact]
        public async Task Vendor_health_per_type_carries_the_type_and_the_status()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            host.Emulator.State.Health.SetVendorStatus("EASEE", ServiceHealth.Outage);

            var chargers = await client.Health.ListVendorsAsync("charger");
            var batteries = await client.Health.ListVendorsAsync("Battery");
            var bad = await Assert.ThrowsAsync<ArgumentException>(() => client.Health.ListVendorsAsync("boat"));

            Assert.All(chargers, v => Assert.Equal("charger", v.VendorType));
            Assert.Equal("OUTAGE", chargers.Single(v => v.Vendor == "EASEE").Status);
            Assert.Equal("Easee", chargers.Single(v => v.Vendor == "EASEE").DisplayName);
            Assert.Equal(10, batteries.Count);
            Assert.Contains(host.Emulator.Journal.Snapshot(), r => r.Path == "/health/batteries");
            Assert.Equal("vendorType", bad.ParamName);
        }
    }
}
