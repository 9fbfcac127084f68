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
    public class LinkRoutesTests
    {
        private const string VehicleLink = "{\"vendorType\":\"vehicle\",\"scopes\":[\"vehicle:read:data\",\"vehicle:control:charging\"],\"language\":\"en-US\",\"redirectUri\":\"https://app.example.com/linked\"}";

        [Fact]
        public async Task A_link_session_answers_only_linkUrl_and_linkToken_and_creates_the_user()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, _) = await http.SendAsync(HttpMethod.Post, "/users/new-user/link", VehicleLink);

            Assert.Equal(200, status);
            Assert.Equal(new[] { "linkUrl", "linkToken" }, body!.AsObject().Select(p => p.Key));
            Assert.StartsWith("https://", (string)body["linkUrl"]!);
            Assert.Contains((string)body["linkToken"]!, (string)body["linkUrl"]!);
            Assert.Equal(200, (await http.GetAsync("/users/new-user")).Status);
        }

        [Theory]
        [InlineData("{\"language\":\"en-US\",\"redirectUri\":\"https://a.example/\"}", "scopes", "is required")]
        [InlineData("{\"scopes\":[\"vehicle:read:data\"],\"redirectUri\":\"https://a.example/\"}", "language", "is required")]
        [InlineData("{\"scopes\":[\"vehicle:read:data\"],\"language\":\"en-US\"}", "redirectUri", "is required")]
        [InlineData("{\"scopes\":[\"vehicle:control:charging\"],\"language\":\"en-US\",\"redirectUri\":\"https://a.example/\"}", "scopes", "vehicle:read:data")]
        [InlineData("{\"vendorType\":\"battery\",\"scopes\":[\"vehicle:read:data\"],\"language\":\"en-US\",\"redirectUri\":\"https://a.example/\"}", "scopes", "battery:read:data")]
        [InlineData("{\"scopes\":[\"vehicle:read:data\"],\"language\":\"xx-XX\",\"redirectUri\":\"https://a.example/\"}", "language", "en-US")]
        [InlineData("{\"scopes\":[\"vehicle:read:data\"],\"language\":\"en-US\",\"redirectUri\":\"https://a.example/\",\"colorScheme\":\"blue\"}", "colorScheme", "dark")]
        [InlineData("{\"scopes\":[\"vehicle:read:data\"],\"language\":\"en-US\",\"redirectUri\":\"about:blank\"}", "redirectUri", "absolute")]
        [InlineData("{\"scopes\":[\"vehicle:read:data\"],\"language\":\"en-US\",\"redirectUri\":\"https://a.example/\",\"scope\":[]}", "scope", "not allowed")]
        public async Task Invalid_link_bodies_are_400s_naming_the_field(string json, string field, string message)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, _) = await http.SendAsync(HttpMethod.Post, "/users/u1/link", json);

            Assert.Equal(400, status);
            var issue = body!["issues"]!.AsArray().First(i => (string)i!["path"]![0]! == field)!;
            Assert.Contains(message, (string)issue["message"]!);
            Assert.Equal(0, host.Emulator.State.LinkSessions.Count);
        }

        [Fact]
        public async Task The_connections_limit_is_a_problem_with_the_reference_title()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            host.Emulator.Options.ConnectionLimit = UserAssets.ConnectionCount(host.Emulator.State);

            var (status, body, _) = await http.SendAsync(HttpMethod.Post, "/users/u1/link", VehicleLink);

            Assert.Equal(403, status);
            Assert.Equal("Connections limit reached for this client", (string)body!["title"]!);
        }

        [Theory]
        [InlineData("vehicle", "vehicles", "startCharging,stopCharging,setMaxCurrent,smartCharging")]
        [InlineData("charger", "chargers", "startCharging,stopCharging,setMaxCurrent,setChargeRateLimit")]
        [InlineData("hvac", "hvacs", "setFollowSchedule,setPermanentHold")]
        [InlineData("battery", "batteries", "importFocus,exportFocus,timeOfUse,selfReliance,idle")]
        public async Task A_device_linked_without_its_control_scope_is_never_capable_of_control_and_has_no_intervention_for_it(
            string type, string collection, string controlCapabilities)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var session = (await http.SendAsync(HttpMethod.Post, "/users/reader/link",
                "{\"vendorType\":\"" + type + "\",\"scopes\":[\"" + type + ":read:data\"],\"language\":\"en-US\",\"redirectUri\":\"https://a.example/\"}")).Body!;
            var linked = host.Emulator.CompleteLink((string)session["linkToken"]!);

            var device = (await http.GetAsync("/" + collection + "/" + linked[0].Id)).Body!;

            var checkedCapabilities = 0;
            foreach (var name in controlCapabilities.Split(','))
            {
                var capability = device["capabilities"]![name];
                if (capability == null) continue; // not every vendor's device lists every capability
                Assert.False((bool)capability["isCapable"]!, name);
                Assert.Empty(capability["interventionIds"]!.AsArray());
                checkedCapabilities++;
            }
            Assert.True(checkedCapabilities > 0, "the device lists none of its control capabilities");
        }

        [Fact]
        public async Task Completing_a_session_discovers_devices_records_the_vendor_and_publishes_events()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var session = (await http.SendAsync(HttpMethod.Post, "/users/linker/link",
                "{\"vendor\":\"POLESTAR\",\"vendorType\":\"vehicle\",\"scopes\":[\"vehicle:read:data\"],\"language\":\"browser\",\"redirectUri\":\"https://a.example/\"}")).Body!;

            var (status, body, _) = await http.SendAsync(HttpMethod.Post, "/_emulator/links/complete",
                "{\"linkToken\":\"" + session["linkToken"] + "\",\"deviceCount\":2}", authenticate: false);

            Assert.Equal(200, status);
            var devices = body!["devices"]!.AsArray();
            Assert.Equal(2, devices.Count);
            Assert.All(devices, d => Assert.Equal("POLESTAR", (string)d!["vendor"]!));
            var vehicle = (await http.GetAsync("/vehicles/" + devices[0]!["id"])).Body!;
            Assert.Equal("linker", (string)vehicle["userId"]!);
            Assert.Equal(new[] { "vehicle:read:data" }, vehicle["scopes"]!.AsArray().Select(s => (string)s!));
            Assert.Null(vehicle["location"]!["latitude"]);
            var user = (await http.GetAsync("/users/linker")).Body!;
            var linked = Assert.Single(user["linkedVendors"]!.AsArray())!;
            Assert.Equal(("POLESTAR", "vehicle", true), ((string)linked["vendor"]!, (string)linked["vendorType"]!, (bool)linked["isValid"]!));

            var discovered = host.Emulator.State.Events.Recent.Where(e => e.Name == "user:vehicle:discovered").ToList();
            Assert.Equal(2, discovered.Count);
            var payload = discovered[0].Payload;
            Assert.Equal("linker", (string)payload["user"]!["id"]!);
            Assert.NotNull(payload["vehicle"]!["information"]!["vin"]);
            Assert.Null(payload["vehicle"]!["chargeState"]);
            Assert.True(payload["vehicle"]!.AsObject().ContainsKey("chargeState"));

            var again = await http.SendAsync(HttpMethod.Post, "/_emulator/links/complete", "{\"linkToken\":\"" + session["linkToken"] + "\"}", authenticate: false);
            Assert.Equal(409, again.Status);
        }

        [Fact]
        public async Task A_session_expires_after_24_hours_by_the_emulator_clock()
        {
            var clock = new ManualEmulatorClock(new DateTimeOffset(2024, 11, 1, 12, 0, 0, TimeSpan.Zero));
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = clock });
            using var http = new RawHttp(host);
            var token = (string)(await http.SendAsync(HttpMethod.Post, "/users/late/link", VehicleLink)).Body!["linkToken"]!;

            clock.Advance(TimeSpan.FromHours(24));

            var (status, body, _) = await http.SendAsync(HttpMethod.Post, "/_emulator/links/complete", "{\"linkToken\":\"" + token + "\"}");
            Assert.Equal(410, status);
            Assert.Contains("expired", (string)body!["detail"]!);
            Assert.Throws<EmulatorLinkException>(() => host.Emulator.CompleteLink("no-such-token"));
        }

        [Fact]
        public async Task Completing_without_a_session_links_the_type_for_the_user()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, _) = await http.SendAsync(HttpMethod.Post, "/_emulator/links/complete", "{\"userId\":\"direct\",\"vendorType\":\"vehicle\",\"vendor\":\"TESLA\"}");

            Assert.Equal(200, status);
            var id = (string)body!["devices"]![0]!["id"]!;
            Assert.Equal("TESLA", (string)host.Emulator.State.Vehicles.Find(id)!.Body["vendor"]!);
            Assert.Equal(400, (await http.SendAsync(HttpMethod.Post, "/_emulator/links/complete", "{\"userId\":\"direct\",\"vendorType\":\"car\"}")).Status);
            Assert.Equal(400, (await http.SendAsync(HttpMethod.Post, "/_emulator/links/complete", "{\"userId\":\"direct\"}")).Status);
        }

        [Fact]
        public async Task Relinking_needs_an_asset_whose_credentials_are_invalid_and_renews_them()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];
            var vendor = (string)vehicle.Body["vendor"]!;
            var before = host.Emulator.State.Vehicles.Count;

            var unknown = await http.SendAsync(HttpMethod.Post, "/assets/nothing/relink", "{\"language\":\"en-GB\"}");
            Assert.Equal(404, unknown.Status);
            Assert.Equal("Asset not found or already linked", (string)unknown.Body!["title"]!);
            var valid = await http.SendAsync(HttpMethod.Post, $"/assets/{vehicle.Id}/relink", "{}");
            Assert.Equal(404, valid.Status);
            Assert.Contains("already linked", (string)valid.Body!["detail"]!);

            Assert.Equal(204, (await http.SendAsync(HttpMethod.Post, $"/_emulator/users/{vehicle.UserId}/vendors/{vendor}/invalidate", null, authenticate: false)).Status);
            var invalid = (await http.GetAsync("/users/" + vehicle.UserId)).Body!["linkedVendors"]!.AsArray().First(v => (string)v!["vendor"]! == vendor)!;
            Assert.False((bool)invalid["isValid"]!);
            Assert.Contains(host.Emulator.State.Events.Recent, e => e.Name == "user:credentials:invalidated" && (string)e.Payload["vendor"]! == vendor);

            var (status, body, _) = await http.SendAsync(HttpMethod.Post, $"/assets/{vehicle.Id}/relink", "{\"language\":\"nb-NO\",\"redirectUri\":\"https://a.example/\",\"colorScheme\":\"dark\"}");
            Assert.Equal(200, status);
            Assert.Equal(new[] { "linkUrl", "linkToken" }, body!.AsObject().Select(p => p.Key));

            var devices = host.Emulator.CompleteLink((string)body["linkToken"]!);
            Assert.Equal(vehicle.Id, Assert.Single(devices).Id);
            Assert.False(devices[0].IsNew);
            Assert.Equal(before, host.Emulator.State.Vehicles.Count);
            var renewed = (await http.GetAsync("/users/" + vehicle.UserId)).Body!["linkedVendors"]!.AsArray().First(v => (string)v!["vendor"]! == vendor)!;
            Assert.True((bool)renewed["isValid"]!);
        }

        [Fact]
        public async Task Invalid_relink_fields_are_400s()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var (status, body, _) = await http.SendAsync(HttpMethod.Post, $"/assets/{host.Emulator.State.Vehicles.All[0].Id}/relink", "{\"language\":\"klingon\"}");
            Assert.Equal(400, status);
            Assert.Equal("language", (string)body!["issues"]![0]!["path"]![0]!);
        }
    }
}
