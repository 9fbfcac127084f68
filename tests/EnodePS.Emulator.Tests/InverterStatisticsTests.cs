using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class InverterStatisticsTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        private static LoopbackEmulator NewHost() =>
            new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(Now), InverterCount = 3 });

        private static JsonArray Points(JsonNode body, string resolution) => body["resolutions"]![resolution]!["data"]!.AsArray();

        [Fact]
        public async Task A_past_day_is_final_with_96_quarter_hours_in_local_time_and_every_documented_field()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var inverter = host.Emulator.State.Inverters.All[0];

            var (status, body, _) = await http.GetAsync($"/inverters/{inverter.Id}/statistics?year=2024&month=10&day=15");

            Assert.Equal(200, status);
            DocumentedFields.AssertPresent(body, "GET /inverters/{inverterId}/statistics", 200, f => f.StartsWith("resolutions.DAY", StringComparison.Ordinal));
            Assert.Null(body!["retryAfter"]);
            Assert.Equal((string?)inverter.Body["timezone"], (string?)body["timezone"]);
            var points = Points(body, "QUARTER_HOUR");
            Assert.Equal(96, points.Count);
            var first = DateTimeOffset.Parse((string)points[0]!["date"]!);
            Assert.Equal(new DateTime(2024, 10, 15), first.DateTime);
            Assert.Equal(EuropeanTimeZones.OffsetAt((string)body["timezone"]!, first), first.Offset);
            Assert.Contains(points, p => (double?)p!["value"] > 0);
            Assert.All(points.Take(8), p => Assert.Equal(0.0, (double?)p!["value"]));
        }

        [Fact]
        public async Task Month_days_are_the_sums_of_their_quarter_hours()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.Inverters.All[1].Id;

            var (status, month, _) = await http.GetAsync($"/inverters/{id}/statistics?year=2024&month=10");

            Assert.Equal(200, status);
            DocumentedFields.AssertPresent(month, "GET /inverters/{inverterId}/statistics", 200, f => f.StartsWith("resolutions.QUARTER_HOUR", StringComparison.Ordinal));
            var days = Points(month!, "DAY");
            Assert.Equal(31, days.Count);
            foreach (var day in new[] { 3, 17, 30 })
            {
                var quarterHours = Points((await http.GetAsync($"/inverters/{id}/statistics?year=2024&month=10&day={day}")).Body!, "QUARTER_HOUR");
                Assert.Equal(quarterHours.Sum(p => (double)p!["value"]!), (double)days[day - 1]!["value"]!, 2);
            }
        }

        [Fact]
        public async Task Days_when_clocks_change_have_92_or_100_quarter_hours()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.Inverters.All[0].Id;

            Assert.Equal(100, Points((await http.GetAsync($"/inverters/{id}/statistics?year=2024&month=10&day=27")).Body!, "QUARTER_HOUR").Count);
            Assert.Equal(92, Points((await http.GetAsync($"/inverters/{id}/statistics?year=2024&month=3&day=31")).Body!, "QUARTER_HOUR").Count);
        }

        [Fact]
        public async Task An_interval_reaching_past_now_is_202_with_retry_after_and_no_future_values()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.Inverters.All[0].Id;

            var (status, body, _) = await http.GetAsync($"/inverters/{id}/statistics?year=2024&month=11&day=20");

            Assert.Equal(202, status);
            DocumentedFields.AssertPresent(body, "GET /inverters/{inverterId}/statistics", 202, f => f.StartsWith("resolutions.DAY", StringComparison.Ordinal));
            Assert.True(DateTimeOffset.Parse((string)body!["retryAfter"]!) > Now);
            foreach (var point in Points(body, "QUARTER_HOUR"))
                if (DateTimeOffset.Parse((string)point!["date"]!) >= Now) Assert.Null(point["value"]);
        }

        [Fact]
        public async Task Quarter_hours_reach_30_days_before_linking_and_days_3_months()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.Inverters.All[0].Id;

            Assert.All(Points((await http.GetAsync($"/inverters/{id}/statistics?year=2024&month=8&day=15")).Body!, "QUARTER_HOUR"), p => Assert.Null(p!["value"]));
            Assert.Contains(Points((await http.GetAsync($"/inverters/{id}/statistics?year=2024&month=9&day=15")).Body!, "QUARTER_HOUR"), p => p!["value"] != null);
            Assert.Contains(Points((await http.GetAsync($"/inverters/{id}/statistics?year=2024&month=8")).Body!, "DAY"), p => p!["value"] != null);
            Assert.All(Points((await http.GetAsync($"/inverters/{id}/statistics?year=2024&month=5")).Body!, "DAY"), p => Assert.Null(p!["value"]));
        }

        [Theory]
        [InlineData("?month=10", "year")]
        [InlineData("?year=2024", "month")]
        [InlineData("?year=2024&month=13", "month")]
        [InlineData("?year=2024&month=2&day=30", "day")]
        [InlineData("?year=twenty&month=2", "year")]
        public async Task Bad_query_values_are_a_400_naming_the_parameter(string query, string field)
        {
            using var host = NewHost();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.Inverters.All[0].Id;

            var (status, body, _) = await http.GetAsync($"/inverters/{id}/statistics{query}");

            Assert.Equal(400, status);
            Assert.Equal(field, (string?)body!["issues"]![0]!["path"]![0]);
        }

        [Fact]
        public async Task An_unknown_inverter_is_a_404()
        {
            using var host = NewHost();
            using var http = new RawHttp(host);

            var (status, body, _) = await http.GetAsync("/inverters/nope/statistics?year=2024&month=10");

            Assert.Equal(404, status);
            Assert.Equal("The specified inverter was not found.", (string?)body!["detail"]);
        }
    }
}
