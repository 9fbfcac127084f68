using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Handlers;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class TariffContractTests
    {
        private const string Rates = "[{\"name\":\"PEAK\",\"cost\":\"0.35\"},{\"name\":\"OFF_PEAK\",\"cost\":\"0.12\"}]";

        private static string AddLocation(EnodeEmulator emulator) => EmulatorLocations.Add(emulator);

        private static string Schedule(string tariffId, params string[] intervals) =>
            "{\"tariffId\":\"" + tariffId + "\",\"tariffIntervals\":[" + string.Join(",", intervals) + "]}";

        private static string Interval(string name, string from, string to, string? weekdays = null) =>
            "{\"name\":\"" + name + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"" + (weekdays == null ? "" : ",\"weekdays\":" + weekdays) + "}";

        private static string IssuePaths(JsonNode problem) =>
            string.Join(" ", problem["issues"]!.AsArray().Select(i => string.Join(".", i!["path"]!.AsArray().Select(p => p!.ToString()))));

        [Fact]
        public async Task A_tariff_is_put_then_read_back_as_the_documented_list_of_names_and_decimal_strings()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            Assert.Equal(204, (await http.SendAsync(HttpMethod.Put, "/tariffs/home-tou", Rates)).Status);

            var read = await http.GetAsync("/tariffs/home-tou");
            Assert.Equal(200, read.Status);
            var first = read.Body!.AsArray()[0]!.AsObject();
            Assert.Equal(SpecShapes.ResponseFields("GET", "/tariffs/{tariffId}", 200), first.Select(p => p.Key));
            Assert.Equal(JsonNode.Parse(Rates)!.ToJsonString(), read.Body.ToJsonString());

            Assert.Equal(204, (await http.SendAsync(HttpMethod.Put, "/tariffs/home-tou", "[{\"name\":\"FLAT\",\"cost\":\"0.2\"}]")).Status);
            Assert.Equal("FLAT", (string?)(await http.GetAsync("/tariffs/home-tou")).Body![0]!["name"]);
        }

        [Fact]
        public async Task An_unknown_tariff_is_404()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            Assert.Equal(404, (await http.GetAsync("/tariffs/nope")).Status);
        }

        [Fact]
        public async Task Costs_must_be_decimal_strings_with_a_dot_and_names_unique()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var answer = await http.SendAsync(HttpMethod.Put, "/tariffs/t",
                "[{\"name\":\"PEAK\",\"cost\":\"0,35\"},{\"name\":\"OFF\",\"cost\":0.12},{\"name\":\"PEAK\",\"cost\":\"1\"},{\"cost\":\"1\"}]");

            Assert.Equal(400, answer.Status);
            Assert.Equal("0.cost 1.cost 2.name 3.name", IssuePaths(answer.Body!));
            Assert.Equal(404, (await http.GetAsync("/tariffs/t")).Status);
        }

        [Fact]
        public async Task A_location_schedule_is_read_back_one_row_per_weekday_with_the_documented_fields()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var location = AddLocation(host.Emulator);
            await http.SendAsync(HttpMethod.Put, "/tariffs/home-tou", Rates);

            var put = await http.SendAsync(HttpMethod.Put, $"/locations/{location}/tariff", Schedule("home-tou",
                Interval("OFF_PEAK", "22:00", "06:00"),
                Interval("PEAK", "06:00", "22:00", "[0,1,2,3,4]"),
                Interval("OFF_PEAK", "06:00", "22:00", "[5,6]")));
            Assert.Equal(204, put.Status);

            var rows = (await http.GetAsync($"/locations/{location}/tariff")).Body!.AsArray();
            Assert.Equal(14, rows.Count);
            Assert.Equal(SpecShapes.ResponseFields("GET", "/locations/{locationId}/tariff", 200).OrderBy(n => n), rows[0]!.AsObject().Select(p => p.Key).OrderBy(n => n));
            var monday = rows.Where(r => (int)r!["weekday"]! == 0).Select(r => $"{r!["fromHourMinute"]}-{r["toHourMinute"]} {r["tariffName"]} {r["tariffId"]}");
            Assert.Equal(new[] { "06:00-22:00 PEAK home-tou", "22:00-06:00 OFF_PEAK home-tou" }, monday);
        }

        [Fact]
        public async Task A_location_without_a_schedule_has_none_and_an_unknown_location_is_404()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var location = AddLocation(host.Emulator);

            Assert.Empty((await http.GetAsync($"/locations/{location}/tariff")).Body!.AsArray());
            Assert.Equal(404, (await http.GetAsync($"/locations/{Guid.NewGuid()}/tariff")).Status);
        }

        [Fact]
        public async Task Linking_needs_both_the_location_and_the_tariff()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var location = AddLocation(host.Emulator);
            await http.SendAsync(HttpMethod.Put, "/tariffs/home-tou", Rates);

            var noTariff = await http.SendAsync(HttpMethod.Put, $"/locations/{location}/tariff", Schedule("missing", Interval("PEAK", "00:00", "24:00")));
            var noLocation = await http.SendAsync(HttpMethod.Put, $"/locations/{Guid.NewGuid()}/tariff", Schedule("home-tou", Interval("PEAK", "00:00", "24:00")));

            Assert.Equal(404, noTariff.Status);
            Assert.Equal(TariffHandlers.LocationOrTariffNotFound, (string?)noTariff.Body!["detail"]);
            Assert.Equal(404, noLocation.Status);
        }

        [Theory]
        [InlineData("06:00", "22:00", null, "21:00", "23:00", null, "Monday")]
        [InlineData("22:00", "06:00", "[6]", "05:00", "07:00", "[0]", "Monday")]
        [InlineData("00:00", "24:00", "[2]", "23:30", "23:45", "[2]", "Wednesday")]
        public async Task Overlapping_intervals_are_the_documented_400_naming_both(string fromA, string toA, string? daysA,
            string fromB, string toB, string? daysB, string day)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var location = AddLocation(host.Emulator);
            await http.SendAsync(HttpMethod.Put, "/tariffs/home-tou", Rates);

            var answer = await http.SendAsync(HttpMethod.Put, $"/locations/{location}/tariff",
                Schedule("home-tou", Interval("PEAK", fromA, toA, daysA), Interval("OFF_PEAK", fromB, toB, daysB)));

            Assert.Equal(400, answer.Status);
            Assert.Equal(TariffHandlers.OverlapDetail, (string?)answer.Body!["detail"]);
            var message = (string)answer.Body["issues"]![0]!["message"]!;
            Assert.Contains($"tariffIntervals[0] 'PEAK' {fromA}-{toA}", message);
            Assert.Contains($"tariffIntervals[1] 'OFF_PEAK' {fromB}-{toB}", message);
            Assert.EndsWith(day, message);
        }

        [Fact]
        public async Task Gaps_are_allowed_and_touching_intervals_do_not_overlap()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var location = AddLocation(host.Emulator);
            await http.SendAsync(HttpMethod.Put, "/tariffs/home-tou", Rates);

            var answer = await http.SendAsync(HttpMethod.Put, $"/locations/{location}/tariff",
                Schedule("home-tou", Interval("PEAK", "07:00", "09:00"), Interval("OFF_PEAK", "09:00", "11:00"), Interval("PEAK", "17:00", "20:00")));

            Assert.Equal(204, answer.Status);
        }

        [Fact]
        public async Task Malformed_intervals_are_400_with_an_issue_per_field_and_change_nothing()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var location = AddLocation(host.Emulator);
            await http.SendAsync(HttpMethod.Put, "/tariffs/home-tou", Rates);

            var answer = await http.SendAsync(HttpMethod.Put, $"/locations/{location}/tariff", Schedule("home-tou",
                Interval("PEAK", "7:00", "25:00"), Interval("PEAK", "08:00", "08:00"), Interval("NIGHT", "01:00", "02:00", "[7]")));

            Assert.Equal(400, answer.Status);
            Assert.Equal("tariffIntervals.0.from tariffIntervals.0.to tariffIntervals.1 tariffIntervals.2.weekdays.0", IssuePaths(answer.Body!));
            Assert.Empty((await http.GetAsync($"/locations/{location}/tariff")).Body!.AsArray());
        }

        [Fact]
        public async Task Intervals_must_name_rates_of_the_tariff()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var location = AddLocation(host.Emulator);
            await http.SendAsync(HttpMethod.Put, "/tariffs/home-tou", Rates);

            var answer = await http.SendAsync(HttpMethod.Put, $"/locations/{location}/tariff", Schedule("home-tou", Interval("NIGHT", "01:00", "02:00")));

            Assert.Equal(400, answer.Status);
            Assert.Equal("tariffIntervals.0.name", IssuePaths(answer.Body!));
        }
    }
}
