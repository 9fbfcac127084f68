using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class UserRoutesTests
    {
        [Fact]
        public async Task Lists_users_with_id_createdAt_and_scopes_only_and_pages_them()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { UserCount = 5 });
            using var http = new RawHttp(host);

            var first = (await http.GetAsync("/users?pageSize=3")).Body!;
            var second = (await http.GetAsync("/users?pageSize=3&after=" + first["pagination"]!["after"])).Body!;

            SpecShape.AssertMatches("GET", "/users", 200, first);
            Assert.Equal(new[] { "id", "createdAt", "scopes" }, first["data"]![0]!.AsObject().Select(p => p.Key));
            var ids = first["data"]!.AsArray().Concat(second["data"]!.AsArray()).Select(u => (string)u!["id"]!);
            Assert.Equal(host.Emulator.State.Users.All.Select(r => r.Id), ids);
        }

        [Fact]
        public async Task Gets_one_user_with_linked_vendors_and_their_validity()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var user = host.Emulator.State.Users.All[0];

            var (status, body, _) = await http.GetAsync("/users/" + user.Id);

            Assert.Equal(200, status);
            SpecShape.AssertMatches("GET", "/users/{userId}", 200, body!);
            Assert.Equal(new[] { "id", "linkedVendors" }, body!.AsObject().Select(p => p.Key));
            var linked = EnodePS.Emulator.State.DeviceFactories.VendorTypes
                .SelectMany(type => EnodePS.Emulator.State.DeviceFactories.TableFor(host.Emulator.State, type).All
                    .Where(d => d.UserId == user.Id).Select(d => (string)d.Body["vendor"]! + "/" + type))
                .Distinct().OrderBy(v => v);
            Assert.Equal(linked, body["linkedVendors"]!.AsArray().Select(v => (string)v!["vendor"]! + "/" + (string)v["vendorType"]!).OrderBy(v => v));
            Assert.All(body["linkedVendors"]!.AsArray(), v => Assert.True((bool)v!["isValid"]!));

            var missing = await http.GetAsync("/users/nobody");
            Assert.Equal(404, missing.Status);
            Assert.Equal("The specified user was not found.", (string)missing.Body!["detail"]!);
        }

        [Fact]
        public async Task Deleting_a_user_removes_their_devices_locations_and_schedules_and_announces_each_device()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var user = host.Emulator.State.Users.All[0].Id;
            var vehicles = host.Emulator.State.Vehicles.All.Where(v => v.UserId == user).Select(v => v.Id).ToList();
            await http.SendAsync(HttpMethod.Post, $"/users/{user}/locations", "{\"name\":\"Home\",\"latitude\":59.9,\"longitude\":10.7,\"timezoneName\":\"Europe/Oslo\"}");

            var (status, body, _) = await http.SendAsync(HttpMethod.Delete, "/users/" + user);

            Assert.Equal(204, status);
            Assert.Null(body);
            Assert.Equal(404, (await http.GetAsync("/users/" + user)).Status);
            Assert.DoesNotContain(host.Emulator.State.Vehicles.All, v => v.UserId == user);
            Assert.DoesNotContain(host.Emulator.State.Locations.All, l => l.UserId == user);
            var deleted = host.Emulator.State.Events.Recent.Where(e => e.Name == "user:vehicle:deleted").ToList();
            Assert.Equal(vehicles.OrderBy(v => v), deleted.Select(e => (string)e.Payload["vehicle"]!["id"]!).OrderBy(v => v));
            Assert.All(deleted, e => Assert.Equal(user, (string)e.Payload["user"]!["id"]!));
            Assert.Equal(404, (await http.SendAsync(HttpMethod.Delete, "/users/" + user)).Status);
        }

        [Fact]
        public async Task Disconnecting_a_vendor_removes_only_that_vendors_devices_and_link()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var user = "user-two-vendors";
            host.Emulator.CompleteLink(user, "vehicle", "TESLA", 2);
            host.Emulator.CompleteLink(user, "vehicle", "BMW", 1);

            var (status, _, _) = await http.SendAsync(HttpMethod.Delete, $"/users/{user}/vendors/TESLA");

            Assert.Equal(204, status);
            var remaining = host.Emulator.State.Vehicles.All.Where(v => v.UserId == user).Select(v => (string)v.Body["vendor"]!).ToList();
            Assert.Equal(new[] { "BMW" }, remaining);
            var linked = (await http.GetAsync("/users/" + user)).Body!["linkedVendors"]!.AsArray();
            Assert.Equal(new[] { "BMW" }, linked.Select(v => (string)v!["vendor"]!));
            Assert.Equal(2, host.Emulator.State.Events.Recent.Count(e => e.Name == "user:vehicle:deleted"));
            Assert.Equal(404, (await http.SendAsync(HttpMethod.Delete, $"/users/{user}/vendors/TESLA")).Status);
        }

        [Fact]
        public async Task Disconnecting_a_vendor_type_removes_that_type_and_checks_the_path_values()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var user = "user-type";
            host.Emulator.CompleteLink(user, "vehicle", "KIA", 1);

            Assert.Equal(404, (await http.SendAsync(HttpMethod.Delete, $"/users/{user}/vendors/KIA/charger")).Status);
            Assert.Equal(204, (await http.SendAsync(HttpMethod.Delete, $"/users/{user}/vendors/KIA/vehicle")).Status);
            Assert.DoesNotContain(host.Emulator.State.Vehicles.All, v => v.UserId == user);

            var badVendor = await http.SendAsync(HttpMethod.Delete, $"/users/{user}/vendors/ACME");
            Assert.Equal(400, badVendor.Status);
            Assert.Equal("vendor", (string)badVendor.Body!["issues"]![0]!["path"]![0]!);
            var badType = await http.SendAsync(HttpMethod.Delete, $"/users/{user}/vendors/KIA/car");
            Assert.Equal("vendorType", (string)badType.Body!["issues"]![0]!["path"]![0]!);
        }

        [Fact]
        public async Task Deauthorizing_removes_devices_and_links_but_keeps_the_user_and_locations()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var user = host.Emulator.State.Users.All[1].Id;
            await http.SendAsync(HttpMethod.Post, $"/users/{user}/locations", "{\"name\":\"Cabin\",\"latitude\":61.1,\"longitude\":9.0,\"timezoneName\":\"Europe/Oslo\"}");
            var deviceCount = host.Emulator.State.Vehicles.All.Count(v => v.UserId == user);

            Assert.Equal(204, (await http.SendAsync(HttpMethod.Delete, $"/users/{user}/authorization")).Status);

            var after = (await http.GetAsync("/users/" + user)).Body!;
            Assert.Empty(after["linkedVendors"]!.AsArray());
            Assert.DoesNotContain(host.Emulator.State.Vehicles.All, v => v.UserId == user);
            Assert.Single(host.Emulator.State.Locations.All, l => l.UserId == user);
            Assert.Equal(deviceCount, host.Emulator.State.Events.Recent.Count(e => e.Name == "user:vehicle:deleted"));
            Assert.Equal(404, (await http.SendAsync(HttpMethod.Delete, "/users/nobody/authorization")).Status);
        }

        [Fact]
        public void Every_user_and_link_route_is_an_operation_of_the_reference()
        {
            using var emulator = new EnodeEmulator();
            var mine = emulator.Operations.Where(o => !o.Contains(EnodeEmulator.EmulatorRoutePrefix) && !o.StartsWith("POST /oauth2"));
            foreach (var operation in mine)
            {
                var space = operation.IndexOf(' ');
                Assert.True(SpecShape.HasOperation(operation.Substring(0, space), operation.Substring(space + 1)), operation);
            }
        }
    }
}
