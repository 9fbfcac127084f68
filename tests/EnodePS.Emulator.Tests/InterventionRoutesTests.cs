using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class InterventionRoutesTests
    {
        [Fact]
        public async Task The_list_is_a_plain_array_of_every_intervention_with_every_documented_field()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, _) = await http.GetAsync("/interventions");

            Assert.Equal(200, status);
            var items = Assert.IsType<JsonArray>(body);
            Assert.Equal(host.Emulator.State.Interventions.All.Select(r => r.Id), items.Select(i => (string)i!["id"]!));
            foreach (var item in items) DocumentedFields.AssertPresent(item, "GET /interventions/{interventionId}");
        }

        [Theory]
        [InlineData("?vendorType=charger", "charger", null)]
        [InlineData("?vendor=TESLA", null, "TESLA")]
        [InlineData("?vendorType=battery&vendor=TESLA", "battery", "TESLA")]
        public async Task Filters_keep_only_matching_interventions(string query, string? vendorType, string? vendor)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var items = (await http.GetAsync("/interventions" + query)).Body!.AsArray();

            Assert.NotEmpty(items);
            Assert.All(items, i =>
            {
                if (vendorType != null) Assert.Equal(vendorType, (string?)i!["vendorType"]);
                if (vendor != null) Assert.Equal(vendor, (string?)i!["vendor"]);
            });
            Assert.True(items.Count < host.Emulator.State.Interventions.Count);
        }

        [Fact]
        public async Task Texts_come_in_the_asked_language_or_in_english()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.Interventions.All.First(r => (string?)r.Body["vendorType"] == "meter").Id;

            var english = (await http.GetAsync($"/interventions/{id}")).Body!;
            var german = (await http.GetAsync($"/interventions/{id}?language=de-DE")).Body!;
            var unsupported = (await http.GetAsync($"/interventions/{id}?language=xx-XX")).Body!;

            Assert.NotEqual((string?)english["resolution"]!["title"], (string?)german["resolution"]!["title"]);
            Assert.Equal((string?)english["resolution"]!["title"], (string?)unsupported["resolution"]!["title"]);
            Assert.Contains((string)english["brand"]!, (string)german["resolution"]!["description"]!);
        }

        [Fact]
        public async Task Getting_one_returns_it_and_unknown_or_filtered_out_ids_are_404()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var record = host.Emulator.State.Interventions.All.First(r => (string?)r.Body["vendorType"] == "charger");

            var (status, body, _) = await http.GetAsync($"/interventions/{record.Id}");
            Assert.Equal(200, status);
            Assert.Equal(record.Id, (string?)body!["id"]);
            DocumentedFields.AssertPresent(body, "GET /interventions/{interventionId}");

            var missing = await http.GetAsync("/interventions/00000000-0000-4000-8000-000000000000");
            Assert.Equal(404, missing.Status);
            Assert.Equal("Intervention not found.", (string?)missing.Body!["detail"]);
            Assert.Equal(404, (await http.GetAsync($"/interventions/{record.Id}?vendorType=hvac")).Status);
        }

        [Theory]
        [InlineData("?vendorType=car", "vendorType")]
        [InlineData("?vendor=ACME", "vendor")]
        public async Task Unknown_filter_values_are_a_400_naming_the_parameter(string query, string field)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, _) = await http.GetAsync("/interventions" + query);

            Assert.Equal(400, status);
            Assert.Equal(field, (string?)body!["issues"]![0]!["path"]![0]);
        }
    }
}
