using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class StatisticsRoutesTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 10, 12, 0, 0, TimeSpan.Zero);

        private static (LoopbackEmulator Host, string User, string Vehicle) Setup()
        {
            var host = new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(Now) });
            var vehicle = host.Emulator.CompleteLink("stats-user", "vehicle", "TESLA")[0].Id;
            return (host, "stats-user", vehicle);
        }

        private static double Sum(JsonNode rows, string field) => rows.AsArray().Sum(r => (double)r![field]!);

        [Fact]
        public async Task Daily_rows_start_at_midnight_and_add_up_to_their_hours()
        {
            var (host, user, vehicle) = Setup();
            using var _ = host;
            using var http = new RawHttp(host);
            var range = "startDate=2024-11-01T00:00:00.000Z&endDate=2024-11-04T00:00:00.000Z";

            var (status, days, _) = await http.GetAsync($"/users/{user}/statistics/charging?type=vehicle&id={vehicle}&resolution=DAY&{range}");

            Assert.Equal(200, status);
            SpecShape.AssertMatches("GET", "/users/{userId}/statistics/charging", 200, days!);
            Assert.Equal(new[] { "2024-11-01T00:00:00.000Z", "2024-11-02T00:00:00.000Z", "2024-11-03T00:00:00.000Z" },
                days!.AsArray().Select(d => (string)d!["date"]!));
            Assert.True(Sum(days, "kwhSum") > 0);

            var hours = (await http.GetAsync($"/users/{user}/statistics/charging?type=vehicle&id={vehicle}&resolution=HOUR&{range}")).Body!;
            Assert.Equal(72, hours.AsArray().Count);
            for (var d = 0; d < 3; d++)
            {
                var day = hours.AsArray().Skip(24 * d).Take(24).ToList();
                Assert.Equal((double)days[d]!["kwhSum"]!, day.Sum(h => (double)h!["kwhSum"]!), 2);
                Assert.Equal((double)days[d]!["costSum"]!, day.Sum(h => (double)h!["costSum"]!), 2);
                Assert.Equal((double)days[d]!["kw"]!["max"]!, day.Max(h => (double)h!["kw"]!["max"]!), 3);
            }

            var again = (await http.GetAsync($"/users/{user}/statistics/charging?type=vehicle&id={vehicle}&resolution=DAY&{range}")).Body!;
            Assert.Equal(days.ToJsonString(), again.ToJsonString());
            var allVehicles = (await http.GetAsync($"/users/{user}/statistics/charging?type=vehicle&{range}")).Body!;
            Assert.Equal(days.ToJsonString(), allVehicles.ToJsonString());
        }

        [Fact]
        public async Task Sessions_lie_in_the_range_and_hold_the_same_energy_as_the_time_series()
        {
            var (host, user, vehicle) = Setup();
            using var _ = host;
            using var http = new RawHttp(host);
            var range = "startDate=2024-11-01T12:00:00.000Z&endDate=2024-11-06T12:00:00.000Z";

            var (status, sessions, _) = await http.GetAsync($"/users/{user}/statistics/charging/sessions?type=vehicle&id={vehicle}&{range}");

            Assert.Equal(200, status);
            SpecShape.AssertMatches("GET", "/users/{userId}/statistics/charging/sessions", 200, sessions!);
            Assert.NotEmpty(sessions!.AsArray());
            Assert.All(sessions.AsArray(), s =>
            {
                Assert.Equal(vehicle, (string)s!["id"]!);
                Assert.True(DateTimeOffset.Parse((string)s["from"]!) < DateTimeOffset.Parse((string)s["to"]!));
                Assert.True(DateTimeOffset.Parse((string)s["from"]!) >= new DateTimeOffset(2024, 11, 1, 12, 0, 0, TimeSpan.Zero));
                Assert.True((double)s["kw"]!["min"]! > 0);
            });
            var series = (await http.GetAsync($"/users/{user}/statistics/charging?type=vehicle&id={vehicle}&resolution=HOUR&{range}")).Body!;
            Assert.Equal(Sum(series, "kwhSum"), Sum(sessions, "kwhSum"), 2);
        }

        [Fact]
        public async Task Day_buckets_follow_the_utc_offset()
        {
            var (host, user, _) = Setup();
            using var __ = host;
            using var http = new RawHttp(host);

            var rows = (await http.GetAsync($"/users/{user}/statistics/charging?type=vehicle&resolution=DAY&utcOffset=2&startDate=2024-11-02T00:00:00Z&endDate=2024-11-03T00:00:00Z")).Body!;

            Assert.Equal(new[] { "2024-11-01T22:00:00.000Z", "2024-11-02T22:00:00.000Z" }, rows.AsArray().Select(r => (string)r!["date"]!));
        }

        [Theory]
        [InlineData("type=vehicle", "startDate", "is required")]
        [InlineData("startDate=2024-11-01T00:00:00Z", "type", "is required")]
        [InlineData("startDate=2024-11-01T00:00:00Z&type=car", "type", "charger, vehicle, hvac")]
        [InlineData("startDate=yesterday&type=vehicle", "startDate", "ISO 8601")]
        [InlineData("startDate=2024-11-02T00:00:00Z&endDate=2024-11-01T00:00:00Z&type=vehicle", "endDate", "after startDate")]
        [InlineData("startDate=2024-11-01T00:00:00Z&type=vehicle&resolution=MINUTE", "resolution", "QUARTER_HOUR")]
        [InlineData("startDate=2023-11-01T00:00:00Z&type=vehicle&resolution=QUARTER_HOUR", "resolution", "coarser")]
        [InlineData("startDate=2024-11-01T00:00:00Z&type=vehicle&utcOffset=20", "utcOffset", "-12 to 14")]
        public async Task Invalid_queries_are_400s_naming_the_parameter(string query, string field, string message)
        {
            var (host, user, _) = Setup();
            using var __ = host;
            using var http = new RawHttp(host);

            var (status, body, _) = await http.GetAsync($"/users/{user}/statistics/charging?{query}");

            Assert.Equal(400, status);
            var issue = body!["issues"]!.AsArray().First(i => (string)i!["path"]![0]! == field)!;
            Assert.Contains(message, (string)issue["message"]!);
        }

        [Fact]
        public async Task An_unknown_device_or_user_is_a_404()
        {
            var (host, user, _) = Setup();
            using var __ = host;
            using var http = new RawHttp(host);

            var device = await http.GetAsync($"/users/{user}/statistics/charging/sessions?type=vehicle&id=nope&startDate=2024-11-01T00:00:00Z");
            Assert.Equal(404, device.Status);
            Assert.Equal("Asset not found", (string)device.Body!["title"]!);
            Assert.Equal(404, (await http.GetAsync("/users/nobody/statistics/charging?type=vehicle&startDate=2024-11-01T00:00:00Z")).Status);
        }
    }
}
