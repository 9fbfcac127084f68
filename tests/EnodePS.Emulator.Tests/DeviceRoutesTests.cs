using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    /// <summary>List, list-by-user and get of every device collection besides vehicles, checked against the reference.</summary>
    public class DeviceRoutesTests
    {
        public static IEnumerable<object[]> Collections() => new[]
        {
            new object[] { "chargers", "chargerId", "The specified charger was not found." },
            new object[] { "hvacs", "hvacId", "The specified hvac was not found." },
            new object[] { "inverters", "inverterId", "The specified inverter was not found." },
            new object[] { "batteries", "batteryId", "The specified battery was not found." },
            new object[] { "meters", "meterId", "The specified meter was not found." },
            new object[] { "hem-systems", "hemSystemId", "The specified HEM system was not found." },
        };

        internal static EmulatorOptions ManyDevices() => new EmulatorOptions
        {
            UserCount = 3, VehicleCount = 2, ChargerCount = 7, HvacCount = 7, InverterCount = 7, BatteryCount = 7, MeterCount = 7, HemSystemCount = 7,
        };

        internal static RecordTable TableOf(EmulatorState state, string collection)
        {
            switch (collection)
            {
                case "chargers": return state.Chargers;
                case "hvacs": return state.Hvacs;
                case "inverters": return state.Inverters;
                case "batteries": return state.Batteries;
                case "meters": return state.Meters;
                case "hem-systems": return state.HemSystems;
                case "vehicles": return state.Vehicles;
                default: throw new ArgumentException(collection);
            }
        }

        private static List<string> Ids(JsonNode page) => page["data"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).ToList();

        [Theory]
        [MemberData(nameof(Collections))]
        public async Task Listing_returns_every_device_newest_first_with_every_documented_field(string collection, string idParameter, string notFound)
        {
            _ = idParameter + notFound;
            using var host = new LoopbackEmulator(ManyDevices());
            using var http = new RawHttp(host);

            var (status, body, _) = await http.GetAsync("/" + collection);

            Assert.Equal(200, status);
            Assert.Equal(TableOf(host.Emulator.State, collection).All.Select(r => r.Id), Ids(body!));
            DocumentedFields.AssertPresent(body, "GET /" + collection);
        }

        [Theory]
        [MemberData(nameof(Collections))]
        public async Task Getting_one_returns_it_with_every_documented_field_and_an_unknown_id_is_a_404(string collection, string idParameter, string notFound)
        {
            using var host = new LoopbackEmulator(ManyDevices());
            using var http = new RawHttp(host);
            var record = TableOf(host.Emulator.State, collection).All[3];

            var (status, body, _) = await http.GetAsync($"/{collection}/{record.Id}");

            Assert.Equal(200, status);
            Assert.Equal(record.Body.ToJsonString(), body!.ToJsonString());
            DocumentedFields.AssertPresent(body, $"GET /{collection}/{{{idParameter}}}");

            var missing = await http.GetAsync($"/{collection}/00000000-0000-4000-8000-000000000000");
            Assert.Equal(404, missing.Status);
            Assert.Equal("https://developers.enode.com/problems/not-found", missing.Body!["type"]!.GetValue<string>());
            Assert.Equal(notFound, missing.Body["detail"]!.GetValue<string>());
        }

        [Theory]
        [MemberData(nameof(Collections))]
        public async Task A_users_listing_holds_exactly_that_users_devices(string collection, string idParameter, string notFound)
        {
            _ = idParameter + notFound;
            using var host = new LoopbackEmulator(ManyDevices());
            using var http = new RawHttp(host);
            var userId = host.Emulator.State.Users.All[1].Id;
            var expected = TableOf(host.Emulator.State, collection).All.Where(r => r.UserId == userId).Select(r => r.Id).ToList();

            var (status, body, _) = await http.GetAsync($"/users/{userId}/{collection}");

            Assert.Equal(200, status);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Ids(body!));
            Assert.All(body!["data"]!.AsArray(), d => Assert.Equal(userId, d!["userId"]!.GetValue<string>()));
            DocumentedFields.AssertPresent(body, $"GET /users/{{userId}}/{collection}");
        }

        [Theory]
        [MemberData(nameof(Collections))]
        public async Task Pages_follow_the_after_cursor_to_the_end(string collection, string idParameter, string notFound)
        {
            _ = idParameter + notFound;
            using var host = new LoopbackEmulator(ManyDevices());
            using var http = new RawHttp(host);

            var seen = new List<string>();
            string? after = null;
            var pages = 0;
            do
            {
                var page = (await http.GetAsync($"/{collection}?pageSize=3" + (after == null ? "" : "&after=" + after))).Body!;
                seen.AddRange(Ids(page));
                after = (string?)page["pagination"]!["after"];
                pages++;
            } while (after != null);

            Assert.Equal(3, pages);
            Assert.Equal(TableOf(host.Emulator.State, collection).All.Select(r => r.Id), seen);
            Assert.Equal(400, (await http.GetAsync($"/{collection}?pageSize=0")).Status);
        }
    }
}
