using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class LocationRoutesTests
    {
        private static string Body(string name, double lat, double lon, string zone = "Europe/Oslo") =>
            new JsonObject { ["name"] = name, ["latitude"] = lat, ["longitude"] = lon, ["timezoneName"] = zone }.ToJsonString();

        [Fact]
        public async Task Creates_gets_lists_updates_and_deletes_a_location()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var user = host.Emulator.State.Users.All[0].Id;

            var (status, created, _) = await http.SendAsync(HttpMethod.Post, $"/users/{user}/locations", Body("Home", 59.91, 10.75));
            Assert.Equal(200, status);
            SpecShape.AssertMatches("POST", "/users/{userId}/locations", 200, created!);
            Assert.Equal(("Home", 59.91, 10.75, "Europe/Oslo", user), ((string)created!["name"]!, (double)created["latitude"]!, (double)created["longitude"]!, (string)created["timezoneName"]!, (string)created["userId"]!));
            var id = (string)created["id"]!;

            var fetched = (await http.GetAsync("/locations/" + id)).Body!;
            SpecShape.AssertMatches("GET", "/locations/{locationId}", 200, fetched);
            Assert.Equal(created.ToJsonString(), fetched.ToJsonString());
            var mine = (await http.GetAsync($"/users/{user}/locations")).Body!;
            SpecShape.AssertMatches("GET", "/users/{userId}/locations", 200, mine);
            Assert.Equal(new[] { id }, mine["data"]!.AsArray().Select(l => (string)l!["id"]!));
            Assert.Single((await http.GetAsync("/locations")).Body!["data"]!.AsArray());

            var updated = (await http.SendAsync(HttpMethod.Put, "/locations/" + id, "{\"name\":\"Cottage\"}")).Body!;
            Assert.Equal("Cottage", (string)updated["name"]!);
            Assert.Equal(59.91, (double)updated["latitude"]!);

            var deleted = await http.SendAsync(HttpMethod.Delete, "/locations/" + id);
            Assert.Equal(200, deleted.Status);
            Assert.Equal("Cottage", (string)deleted.Body!["name"]!);
            Assert.Equal(404, (await http.GetAsync("/locations/" + id)).Status);
            Assert.Equal(404, (await http.SendAsync(HttpMethod.Delete, "/locations/" + id)).Status);
            Assert.Equal(404, (await http.SendAsync(HttpMethod.Put, "/locations/" + id, "{}")).Status);
        }

        [Theory]
        [InlineData("{\"name\":\"A\",\"latitude\":91,\"longitude\":10,\"timezoneName\":\"UTC\"}", "latitude", "-90 to 90")]
        [InlineData("{\"name\":\"A\",\"latitude\":10,\"longitude\":-181,\"timezoneName\":\"UTC\"}", "longitude", "-180 to 180")]
        [InlineData("{\"name\":\"A\",\"latitude\":10,\"longitude\":10,\"timezoneName\":\"Oslo time\"}", "timezoneName", "IANA")]
        [InlineData("{\"latitude\":10,\"longitude\":10,\"timezoneName\":\"UTC\"}", "name", "is required")]
        [InlineData("{\"name\":\"A\",\"latitude\":10,\"longitude\":10,\"timezone\":\"UTC\"}", "timezone", "not allowed")]
        public async Task Invalid_location_bodies_are_400s_naming_the_field(string json, string field, string message)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, _) = await http.SendAsync(HttpMethod.Post, $"/users/{host.Emulator.State.Users.All[0].Id}/locations", json);

            Assert.Equal(400, status);
            var issue = body!["issues"]!.AsArray().First(i => (string)i!["path"]![0]! == field)!;
            Assert.Contains(message, (string)issue["message"]!);
        }

        [Fact]
        public async Task A_new_location_may_not_fall_within_200_metres_of_another_of_the_user()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var user = host.Emulator.State.Users.All[0].Id;
            Assert.Equal(200, (await http.SendAsync(HttpMethod.Post, $"/users/{user}/locations", Body("Home", 59.9, 10.7))).Status);

            var near = await http.SendAsync(HttpMethod.Post, $"/users/{user}/locations", Body("Garage", 59.9009, 10.7)); // ~100 m north
            var far = await http.SendAsync(HttpMethod.Post, $"/users/{user}/locations", Body("Office", 59.9027, 10.7)); // ~300 m north
            var otherUser = await http.SendAsync(HttpMethod.Post, $"/users/{host.Emulator.State.Users.All[1].Id}/locations", Body("Home", 59.9, 10.7));

            Assert.Equal(400, near.Status);
            Assert.Contains("200 m", (string)near.Body!["detail"]!);
            Assert.Equal(200, far.Status);
            Assert.Equal(200, otherUser.Status);
            Assert.Equal(404, (await http.SendAsync(HttpMethod.Post, "/users/nobody/locations", Body("X", 1, 1))).Status);
        }
    }
}
