using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class IntegrationAndHealthRoutesTests
    {
        [Fact]
        public async Task Integrations_list_every_vendor_once_with_its_asset_types_and_scopes()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, _) = await http.GetAsync("/integrations");

            Assert.Equal(200, status);
            var items = body!.AsArray();
            foreach (var item in items) DocumentedFields.AssertPresent(item, "GET /integrations");
            var vendors = items.Select(i => (string)i!["vendor"]!).ToList();
            Assert.Equal(vendors.Distinct().Count(), vendors.Count);
            var documented = SpecOperations.ResponseFields("GET /integrations", 200).Single(f => f.Name == "vendor").Values!;
            Assert.Equal(documented.OrderBy(v => v), vendors.OrderBy(v => v));
            var tesla = items.Single(i => (string?)i!["vendor"] == "TESLA")!;
            Assert.Equal(new[] { "vehicle", "charger", "inverter", "battery", "meter" }, tesla["assetTypes"]!.AsArray().Select(t => (string)t!));
            Assert.Contains("battery:control:operation_mode", tesla["scopes"]!.AsArray().Select(s => (string)s!));
        }

        [Fact]
        public async Task Integrations_can_be_narrowed_to_asset_types_and_an_unknown_type_is_a_400()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var items = (await http.GetAsync("/integrations?assetTypes=charger,hvac")).Body!.AsArray();

            Assert.All(items, i => Assert.All(i!["assetTypes"]!.AsArray(), t => Assert.Contains((string)t!, new[] { "charger", "hvac" })));
            Assert.Equal(new[] { "charger" }, items.Single(i => (string?)i!["vendor"] == "TESLA")!["assetTypes"]!.AsArray().Select(t => (string)t!));
            Assert.DoesNotContain(items, i => (string?)i!["vendor"] == "BMW");

            var (status, body, _) = await http.GetAsync("/integrations?assetTypes=charger,boat");
            Assert.Equal(400, status);
            Assert.Equal("assetTypes", (string?)body!["issues"]![0]!["path"]![0]);
        }

        [Fact]
        public async Task Readiness_is_204_until_the_service_is_not_ready_then_503()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var ready = await http.GetAsync("/health/ready");
            Assert.Equal(204, ready.Status);
            Assert.Null(ready.Body);

            host.Emulator.State.Health.IsReady = false;
            Assert.Equal(503, (await http.GetAsync("/health/ready")).Status);
        }

        public static IEnumerable<object[]> HealthCollections() =>
            new[] { "chargers", "vehicles", "batteries", "inverters", "hvacs", "meters" }.Select(c => new object[] { c });

        [Theory]
        [MemberData(nameof(HealthCollections))]
        public async Task Vendor_health_lists_exactly_the_documented_vendors_of_the_type(string collection)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var vendor = VendorCatalogFirst(collection);
            host.Emulator.State.Health.SetVendorStatus(vendor, ServiceHealth.ElevatedErrorRate, ServiceHealth.Outage);

            var (status, body, _) = await http.GetAsync("/health/" + collection);

            Assert.Equal(200, status);
            var items = body!.AsArray();
            foreach (var item in items) DocumentedFields.AssertPresent(item, "GET /health/" + collection);
            var documented = SpecOperations.ResponseFields("GET /health/" + collection, 200).Single(f => f.Name == "vendor").Values!;
            Assert.Equal(documented, items.Select(i => (string)i!["vendor"]!));
            var changed = items.Single(i => (string?)i!["vendor"] == vendor)!;
            Assert.Equal("ELEVATED_ERROR_RATE", (string?)changed["status"]);
            Assert.Equal("OUTAGE", (string?)changed["linkingStatus"]);
            Assert.All(items.Where(i => i != changed), i => Assert.Equal("READY", (string?)i!["status"]));
        }

        private static string VendorCatalogFirst(string collection) =>
            VendorCatalog.VendorsByType[collection == "batteries" ? "battery" : collection.TrimEnd('s')][0];
    }
}
