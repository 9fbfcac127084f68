using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class HemSystemStatisticsTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);
        private static readonly string[] Flows = { "generation", "consumption", "import", "export", "charge", "discharge" };

        private static LoopbackEmulator NewHost(int batteries = 3) => new LoopbackEmulator(new EmulatorOptions
        {
            Clock = new ManualEmulatorClock(Now), UserCount = 3, InverterCount = 3, BatteryCount = batteries, MeterCount = 3, HemSystemCount = 3,
        });

        private static JsonArray Data(JsonNode body, string flow) => body["timeseries"]![flow]!["data"]!.AsArray();

        private static double Hours(JsonNode body, string flow)
        {
            var resolution = (string)body["timeseries"]![flow]!["sampling"]!["resolution"]!;
            return System.Xml.XmlConvert.ToTimeSpan(resolution).TotalHours;
        }

        [Fact]
        public async Task A_day_has_every_metric_in_the_vendors_finest_buckets_with_every_documented_field()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var system = host.Emulator.State.HemSystems.All[0];

            var (status, body, _) = await http.GetAsync($"/hem-systems/{system.Id}/statistics?interval=2024-10-15");

            Assert.Equal(200, status);
            DocumentedFields.AssertPresent(body, "GET /hem-systems/{hemSystemId}/statistics");
            var vendor = (string)system.Body["information"]!["vendor"]!;
            var bucket = HemSystemFactory.NativeResolution(vendor);
            foreach (var flow in Flows)
            {
                Assert.Equal("kW", (string?)body!["timeseries"]![flow]!["unit"]);
                Assert.Equal("Power", (string?)body["timeseries"]![flow]!["unitType"]);
                Assert.Equal((int)(TimeSpan.FromDays(1).Ticks / bucket.Ticks), Data(body, flow).Count);
            }
            Assert.Equal("%", (string?)body!["timeseries"]!["batteryLevel"]!["unit"]);
            Assert.All(Data(body, "batteryLevel"), p => Assert.InRange((double)p!["v"]!, 0, 100));
            var first = DateTimeOffset.Parse((string)Data(body, "generation")[0]!["t"]!, CultureInfo.InvariantCulture);
            Assert.Equal(new DateTime(2024, 10, 15), first.DateTime);
            Assert.Equal(0, first.Second);
        }

        [Fact]
        public async Task Each_bucket_balances_sources_against_uses()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.HemSystems.All[1].Id;

            var body = (await http.GetAsync($"/hem-systems/{id}/statistics?interval=2024-09-02")).Body!;

            double V(string flow, int i) => (double)Data(body, flow)[i]!["v"]!;
            for (var i = 0; i < Data(body, "generation").Count; i++)
                Assert.Equal(V("generation", i) + V("import", i) + V("discharge", i), V("consumption", i) + V("export", i) + V("charge", i), 2);
            Assert.Contains(Data(body, "export"), p => (double)p!["v"]! > 0);
            Assert.Contains(Data(body, "import"), p => (double)p!["v"]! > 0);
        }

        [Fact]
        public async Task Month_days_are_daily_energy_totals_of_the_day_buckets_and_have_no_battery_level()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.HemSystems.All[2].Id;

            var (status, month, _) = await http.GetAsync($"/hem-systems/{id}/statistics?interval=2024-10");

            Assert.Equal(200, status);
            Assert.Equal(31, Data(month!, "generation").Count);
            Assert.Equal("P1D", (string?)month!["timeseries"]!["consumption"]!["sampling"]!["resolution"]);
            Assert.Equal("kWh", (string?)month["timeseries"]!["consumption"]!["unit"]);
            Assert.Equal("Energy", (string?)month["timeseries"]!["consumption"]!["unitType"]);
            Assert.False((bool)month["timeseries"]!["batteryLevel"]!["isAvailable"]!);
            Assert.False(string.IsNullOrEmpty((string?)month["timeseries"]!["batteryLevel"]!["reason"]));

            var day = (await http.GetAsync($"/hem-systems/{id}/statistics?interval=2024-10-09")).Body!;
            foreach (var flow in Flows)
                Assert.Equal(Data(day, flow).Sum(p => (double)p!["v"]!) * Hours(day, flow), (double)Data(month, flow)[8]!["v"]!, 1);
        }

        [Fact]
        public async Task Todays_totals_on_the_system_agree_with_its_statistics()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var system = host.Emulator.State.HemSystems.All[0];
            var today = system.Body["status"]!["energy"]!["today"]!;
            var asOf = DateTimeOffset.Parse((string)today["lastUpdated"]!, CultureInfo.InvariantCulture);
            var zone = (string)system.Body["information"]!["timezone"]!;
            var date = EuropeanTimeZones.ToLocal(zone, asOf).Date;

            var body = (await http.GetAsync($"/hem-systems/{system.Id}/statistics?interval={date:yyyy-MM-dd}")).Body!;

            foreach (var flow in Flows)
            {
                var hours = Hours(body, flow);
                var sum = Data(body, flow)
                    .Where(p => DateTimeOffset.Parse((string)p!["t"]!, CultureInfo.InvariantCulture).AddHours(hours) <= asOf)
                    .Sum(p => (double)p!["v"]! * hours);
                Assert.Equal((double)today[flow]!, sum, 1);
            }
        }

        [Fact]
        public async Task Metrics_without_a_device_are_unavailable_with_a_reason()
        {
            using var host = NewHost(batteries: 0);
            using var http = new RawHttp(host);
            var id = host.Emulator.State.HemSystems.All[0].Id;

            var body = (await http.GetAsync($"/hem-systems/{id}/statistics?interval=2024-10-15")).Body!;

            foreach (var flow in new[] { "charge", "discharge", "batteryLevel" })
            {
                Assert.False((bool)body["timeseries"]![flow]!["isAvailable"]!);
                Assert.Contains("battery", (string)body["timeseries"]![flow]!["reason"]!);
            }
            Assert.True((bool)body["timeseries"]!["generation"]!["isAvailable"]!);
            Assert.Null(host.Emulator.State.HemSystems.All[0].Body["status"]!["energy"]!["today"]!["charge"]);
        }

        [Theory]
        [InlineData("", "interval")]
        [InlineData("?interval=2024-13", "interval")]
        [InlineData("?interval=2024-02-30", "interval")]
        [InlineData("?interval=15.10.2024", "interval")]
        [InlineData("?interval=2024-11-21", "interval")]
        [InlineData("?interval=2025-01", "interval")]
        public async Task Malformed_or_future_intervals_are_a_400_bad_request(string query, string field)
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.HemSystems.All[0].Id;

            var (status, body, _) = await http.GetAsync($"/hem-systems/{id}/statistics{query}");

            Assert.Equal(400, status);
            Assert.Equal("Bad Request", (string?)body!["title"]);
            Assert.Equal(field, (string?)body["issues"]![0]!["path"]![0]);
        }

        [Fact]
        public async Task Intervals_before_the_installation_date_are_a_422_not_available()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var system = host.Emulator.State.HemSystems.All[0];
            var installed = HemSystemStatistics.InstallationDay(system);

            var (status, body, response) = await http.GetAsync($"/hem-systems/{system.Id}/statistics?interval={installed.AddMonths(-1):yyyy-MM}");
            var installationMonth = await http.GetAsync($"/hem-systems/{system.Id}/statistics?interval={installed:yyyy-MM}");

            Assert.Equal(422, status);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("HEM System Statistics Not Available", (string?)body!["title"]);
            Assert.EndsWith("/hem-system-statistics-not-available", (string)body["type"]!);
            Assert.Equal(200, installationMonth.Status);
            var beforeInstallation = Data(installationMonth.Body!, "generation").Take(installed.Day - 1);
            Assert.All(beforeInstallation, p => Assert.Null(p!["v"]));
            Assert.NotNull(Data(installationMonth.Body!, "generation")[installed.Day - 1]!["v"]);
        }

        [Fact]
        public async Task A_vendor_outage_is_a_503_with_retry_after_and_an_unknown_system_a_404()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var system = host.Emulator.State.HemSystems.All[0];
            host.Emulator.State.Health.SetVendorStatus((string)system.Body["information"]!["vendor"]!, ServiceHealth.Outage);

            var (status, body, response) = await http.GetAsync($"/hem-systems/{system.Id}/statistics?interval=2024-10-15");

            Assert.Equal(503, status);
            Assert.Equal("Vendor Temporarily Unavailable", (string?)body!["title"]);
            Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter!.Delta);
            Assert.Equal(404, (await http.GetAsync("/hem-systems/nope/statistics?interval=2024-10-15")).Status);
        }
    }
}
