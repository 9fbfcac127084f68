using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class ScheduleRoutesTests
    {
        /// <summary>A Wednesday, 22:00 in Oslo (UTC+1 in November).</summary>
        private static readonly DateTimeOffset Wednesday2100Utc = new DateTimeOffset(2024, 11, 6, 21, 0, 0, TimeSpan.Zero);

        private static JsonObject NightRule() => new JsonObject
        {
            ["hourMinute"] = new JsonObject { ["from"] = "22:00", ["to"] = "06:00" },
            ["shouldCharge"] = true,
        };

        private static string Schedule(EnodePS.Emulator.State.Record vehicle, string? locationId, params JsonObject[] rules)
        {
            var array = new JsonArray();
            foreach (var rule in rules) array.Add(rule);
            return new JsonObject
            {
                ["targetId"] = vehicle.Id,
                ["locationId"] = locationId,
                ["targetType"] = "vehicle",
                ["isEnabled"] = true,
                ["defaultShouldCharge"] = false,
                ["rules"] = array,
            }.ToJsonString();
        }

        [Fact]
        public async Task A_rule_is_answered_with_the_filters_it_uses_and_no_nulls()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];

            var (status, created, _) = await http.SendAsync(HttpMethod.Post, $"/users/{vehicle.UserId}/schedules",
                Schedule(vehicle, null, new JsonObject { ["shouldCharge"] = true }, NightRule()));

            Assert.True(200 == status, created?.ToJsonString());
            var rules = created!["rules"]!.AsArray();
            Assert.Equal(new[] { "shouldCharge" }, rules[0]!.AsObject().Select(p => p.Key));
            Assert.Equal(new[] { "hourMinute", "shouldCharge" }, rules[1]!.AsObject().Select(p => p.Key));
            DocumentedFields.AssertPresent(created, "POST /users/{userId}/schedules");
            DocumentedFields.AssertPresent((await http.GetAsync("/schedules/" + (string)created["id"]!)).Body, "GET /schedules/{scheduleId}");
        }

        [Fact]
        public async Task Creates_gets_lists_partially_updates_and_deletes_a_schedule()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];

            var (status, created, _) = await http.SendAsync(HttpMethod.Post, $"/users/{vehicle.UserId}/schedules", Schedule(vehicle, null, NightRule()));
            Assert.True(200 == status, created?.ToJsonString());
            SpecShape.AssertMatches("POST", "/users/{userId}/schedules", 200, created!);
            var id = (string)created!["id"]!;
            Assert.Null(created["locationId"]);
            Assert.Equal("22:00", (string)created["rules"]![0]!["hourMinute"]!["from"]!);

            var fetched = (await http.GetAsync("/schedules/" + id)).Body!;
            SpecShape.AssertMatches("GET", "/schedules/{scheduleId}", 200, fetched);
            Assert.Equal(created.ToJsonString(), fetched.ToJsonString());
            var list = (await http.GetAsync($"/users/{vehicle.UserId}/schedules")).Body!;
            SpecShape.AssertMatches("GET", "/users/{userId}/schedules", 200, list);
            Assert.Equal(id, (string)list["data"]![0]!["id"]!);

            var updated = (await http.SendAsync(HttpMethod.Put, "/schedules/" + id, "{\"isEnabled\":false}")).Body!;
            SpecShape.AssertMatches("PUT", "/schedules/{scheduleId}", 200, updated);
            Assert.False((bool)updated["isEnabled"]!);
            Assert.Equal(created["rules"]!.ToJsonString(), updated["rules"]!.ToJsonString());

            Assert.Equal(204, (await http.SendAsync(HttpMethod.Delete, "/schedules/" + id)).Status);
            Assert.Equal(404, (await http.GetAsync("/schedules/" + id)).Status);
            Assert.Equal(404, (await http.GetAsync($"/schedules/{id}/status")).Status);
        }

        [Fact]
        public async Task Invalid_schedules_are_one_400_listing_every_issue_with_its_path()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];
            var foreign = host.Emulator.State.Vehicles.All.First(v => v.UserId != vehicle.UserId);
            var json = Schedule(foreign, null,
                new JsonObject { ["hourMinute"] = new JsonObject { ["from"] = "25:00", ["to"] = "06:00" }, ["shouldCharge"] = true },
                new JsonObject { ["weekdays"] = new JsonArray(1, 7) },
                new JsonObject { ["startTime"] = "22:00", ["shouldCharge"] = false });

            var (status, body, _) = await http.SendAsync(HttpMethod.Post, $"/users/{vehicle.UserId}/schedules", json);

            Assert.Equal(400, status);
            var paths = body!["issues"]!.AsArray().Select(i => string.Join(".", i!["path"]!.AsArray().Select(p => p!.ToJsonString().Trim('"')))).ToList();
            Assert.Equal(new[] { "rules.0.hourMinute.from", "rules.1.weekdays.1", "rules.1.shouldCharge", "rules.2.startTime" }, paths);
            Assert.Contains("HH:mm", (string)body["detail"]!);

            var wrongTarget = await http.SendAsync(HttpMethod.Post, $"/users/{vehicle.UserId}/schedules", Schedule(foreign, null, NightRule()));
            Assert.Equal("targetId", (string)wrongTarget.Body!["issues"]![0]!["path"]![0]!);
            var noLocation = JsonNode.Parse(Schedule(vehicle, null))!.AsObject();
            noLocation.Remove("locationId");
            var missing = await http.SendAsync(HttpMethod.Post, $"/users/{vehicle.UserId}/schedules", noLocation.ToJsonString());
            Assert.Equal("is required", (string)missing.Body!["issues"]![0]!["message"]!);
        }

        [Fact]
        public async Task The_status_follows_the_rules_in_the_locations_time_zone()
        {
            var clock = new ManualEmulatorClock(Wednesday2100Utc);
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = clock });
            using var http = new RawHttp(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];
            var location = (string)(await http.SendAsync(HttpMethod.Post, $"/users/{vehicle.UserId}/locations",
                "{\"name\":\"Home\",\"latitude\":59.9,\"longitude\":10.7,\"timezoneName\":\"Europe/Oslo\"}")).Body!["id"]!;
            lock (host.Emulator.State.Gate)
            {
                vehicle.Body["location"]!["id"] = location;
                var charge = vehicle.Body["chargeState"]!;
                charge["isPluggedIn"] = true;
                charge["isCharging"] = false;
                charge["isFullyCharged"] = false;
                charge["batteryLevel"] = 40;
                charge["chargeLimit"] = 80;
            }
            var id = (string)(await http.SendAsync(HttpMethod.Post, $"/users/{vehicle.UserId}/schedules", Schedule(vehicle, location, NightRule()))).Body!["id"]!;

            var status = (await http.GetAsync($"/schedules/{id}/status")).Body!;

            SpecShape.AssertMatches("GET", "/schedules/{scheduleId}/status", 200, status);
            Assert.Equal("MISALIGNED", (string)status["state"]!);
            Assert.True((bool)status["isChargingExpectedParts"]!["shouldCharge"]!);
            Assert.True((bool)status["isChargingExpected"]!);
            Assert.False((bool)status["isCharging"]!);
            var transitions = status["upcomingTransitions"]!.AsArray();
            Assert.Equal("2024-11-07T05:00:00.000Z", (string)transitions[0]!["at"]!);
            Assert.False((bool)transitions[0]!["shouldCharge"]!);
            Assert.Equal("2024-11-07T21:00:00.000Z", (string)transitions[1]!["at"]!);
            Assert.Null(status["smartOverride"]);

            lock (host.Emulator.State.Gate) vehicle.Body["chargeState"]!["isCharging"] = true;
            clock.Advance(TimeSpan.FromMinutes(5));
            var aligned = (await http.GetAsync($"/schedules/{id}/status")).Body!;
            Assert.Equal("ALIGNED", (string)aligned["state"]!);
            Assert.Equal("2024-11-06T21:05:00.000Z", (string)aligned["changedAt"]!);
            var published = host.Emulator.State.Events.Recent.Last(e => e.Name == "user:schedule:execution-updated");
            Assert.Contains("state", published.Payload["updatedFields"]!.AsArray().Select(f => (string)f!));
            Assert.Equal(id, (string)published.Payload["schedule"]!["id"]!);

            var mondayOnly = NightRule();
            mondayOnly["weekdays"] = new JsonArray(0);
            await http.SendAsync(HttpMethod.Put, "/schedules/" + id, new JsonObject { ["rules"] = new JsonArray(mondayOnly) }.ToJsonString());
            var wednesday = (await http.GetAsync($"/schedules/{id}/status")).Body!;
            Assert.False((bool)wednesday["isChargingExpectedParts"]!["shouldCharge"]!);
            Assert.Equal("MISALIGNED", (string)wednesday["state"]!);
        }

        [Fact]
        public async Task Inactive_states_for_a_disabled_overridden_or_away_schedule()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(Wednesday2100Utc) });
            using var http = new RawHttp(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];
            var location = (string)(await http.SendAsync(HttpMethod.Post, $"/users/{vehicle.UserId}/locations",
                "{\"name\":\"Home\",\"latitude\":59.9,\"longitude\":10.7,\"timezoneName\":\"UTC\"}")).Body!["id"]!;
            var id = (string)(await http.SendAsync(HttpMethod.Post, $"/users/{vehicle.UserId}/schedules", Schedule(vehicle, location, NightRule()))).Body!["id"]!;
            async Task<string> State() => (string)(await http.GetAsync($"/schedules/{id}/status")).Body!["state"]!;

            Assert.Equal("INACTIVE:AWAY", await State());

            lock (host.Emulator.State.Gate) vehicle.Body["location"]!["id"] = location;
            await http.SendAsync(HttpMethod.Post, $"/vehicles/{vehicle.Id}/smart-override");
            var overridden = (await http.GetAsync($"/schedules/{id}/status")).Body!;
            Assert.Equal("INACTIVE:OVERRIDDEN", (string)overridden["state"]!);
            Assert.Equal(vehicle.Id, (string)overridden["smartOverride"]!["targetId"]!);

            await http.SendAsync(HttpMethod.Put, "/schedules/" + id, "{\"isEnabled\":false,\"locationId\":null}");
            Assert.Equal("INACTIVE:DISABLED", await State());
            Assert.Null((await http.GetAsync("/schedules/" + id)).Body!["locationId"]);
        }
    }
}
