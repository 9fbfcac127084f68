using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Client.Tests.Support;
using EnodePS.Client.Validation;
using EnodePS.Emulator;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class UsersClientTests
    {
        private static LinkSessionRequest VehicleLink() => new LinkSessionRequest
        {
            VendorType = "vehicle",
            Scopes = { "vehicle:read:data", "vehicle:control:charging" },
            Language = "en-US",
            RedirectUri = "https://app.example.com/linked",
        };

        [Fact]
        public async Task Streams_every_user_across_pages_and_gets_one_with_its_linked_vendors()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions
            {
                UserCount = 7, VehicleCount = 7, ChargerCount = 0, HvacCount = 0, InverterCount = 0, BatteryCount = 0, MeterCount = 0, HemSystemCount = 0,
            });
            using var client = ClientFactory.For(host);

            var users = await client.Users.ListAsync(new PageOptions { PageSize = 3 }).ToListAsync();

            Assert.Equal(host.Emulator.State.Users.All.Select(r => r.Id), users.Select(u => u.Id));
            Assert.All(users, u => Assert.NotNull(u.CreatedAt));
            Assert.All(users, u => Assert.Null(u.LinkedVendors));
            var one = await client.Users.GetAsync(users[0].Id);
            var linked = Assert.Single(one.LinkedVendors!);
            Assert.Equal("vehicle", linked.VendorType);
            Assert.True(linked.IsValid);
            Assert.False(string.IsNullOrEmpty(linked.Vendor));
        }

        [Fact]
        public async Task A_link_session_sends_the_reference_field_names_and_expires_in_24_hours()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var request = VehicleLink();
            request.Vendor = "tesla";
            request.ColorScheme = "Dark";

            var before = DateTimeOffset.UtcNow;
            var session = await client.Users.LinkAsync("user 1", request);

            var sent = host.Emulator.LastApiRequest();
            Assert.Equal(("POST", "/users/user%201/link"), (sent.Method, sent.Path));
            Assert.Equal("{\"vendor\":\"TESLA\",\"vendorType\":\"vehicle\",\"scopes\":[\"vehicle:read:data\",\"vehicle:control:charging\"],\"language\":\"en-US\",\"redirectUri\":\"https://app.example.com/linked\",\"colorScheme\":\"dark\"}", sent.Body);
            Assert.StartsWith("https://", session.LinkUrl);
            Assert.False(string.IsNullOrEmpty(session.LinkToken));
            Assert.Equal("user 1", session.UserId);
            Assert.InRange(session.ExpiresAt, before.AddHours(24), DateTimeOffset.UtcNow.AddHours(24));
        }

        [Theory]
        [InlineData("scopes", "vehicle:control:charging", null, "vehicle:read:data scope is required")]
        [InlineData("scopes", "", "battery", "at least one scope")]
        [InlineData("scopes", "vehicle:read:everything", null, "vehicle:read:data")]
        [InlineData("vendorType", "vehicle:read:data", "car", "vehicle, charger, hvac, inverter, battery, meter")]
        public async Task Link_requests_are_checked_before_anything_is_sent(string field, string scopes, string? vendorType, string message)
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var request = VehicleLink();
            request.Scopes = scopes.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).ToList();
            request.VendorType = vendorType;

            var error = await Assert.ThrowsAsync<EnodeValidationException>(() => client.Users.LinkAsync("u", request));

            Assert.Equal(field, error.ParameterName);
            Assert.Contains(message, error.Message);
            Assert.Equal(0, host.Emulator.ApiRequestCount());
        }

        [Fact]
        public async Task Language_redirect_and_vendor_are_checked_against_the_reference()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var language = VehicleLink(); language.Language = "no";
            var redirect = VehicleLink(); redirect.RedirectUri = "/relative";
            var vendor = VehicleLink(); vendor.Vendor = "ACME";

            Assert.Contains("nb-NO", (await Assert.ThrowsAsync<EnodeValidationException>(() => client.Users.LinkAsync("u", language))).Message);
            Assert.Contains("absolute URI", (await Assert.ThrowsAsync<EnodeValidationException>(() => client.Users.LinkAsync("u", redirect))).Message);
            Assert.Contains("TESLA", (await Assert.ThrowsAsync<EnodeValidationException>(() => client.Users.LinkAsync("u", vendor))).Message);
            Assert.Equal(0, host.Emulator.ApiRequestCount());
        }

        [Fact]
        public async Task The_connections_limit_becomes_its_own_exception()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            host.Emulator.Options.ConnectionLimit = 0;

            var error = await Assert.ThrowsAsync<EnodeConnectionsLimitException>(() => client.Users.LinkAsync("u", VehicleLink()));

            Assert.Equal(403, error.Problem.StatusCode);
            Assert.Contains("connections limit", error.Message);
        }

        [Fact]
        public async Task Relink_sends_only_the_fields_given()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];
            host.Emulator.InvalidateCredentials(vehicle.UserId!, (string)vehicle.Body["vendor"]!);

            var session = await client.Users.RelinkAsync(vehicle.Id, new RelinkSessionRequest { Language = "nb-no" });

            var sent = host.Emulator.LastApiRequest();
            Assert.Equal(("POST", $"/assets/{vehicle.Id}/relink", "{\"language\":\"nb-NO\"}"), (sent.Method, sent.Path, sent.Body));
            Assert.Equal(vehicle.Id, session.AssetId);
            var notNeeded = await Assert.ThrowsAsync<EnodeApiException>(() => client.Users.RelinkAsync(host.Emulator.State.Vehicles.All[1].Id));
            Assert.Equal(404, notNeeded.StatusCode);
        }

        [Fact]
        public async Task Delete_disconnect_and_deauthorize_use_the_reference_paths()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            host.Emulator.CompleteLink("u1", "vehicle", "TESLA");
            host.Emulator.CompleteLink("u1", "vehicle", "BMW");
            host.Emulator.CompleteLink("u2", "vehicle", "KIA");

            await client.Users.DisconnectVendorAsync("u1", "tesla");
            Assert.Equal(("DELETE", "/users/u1/vendors/TESLA"), (host.Emulator.LastApiRequest().Method, host.Emulator.LastApiRequest().Path));
            await client.Users.DisconnectVendorAsync("u1", "BMW", "Vehicle");
            Assert.Equal("/users/u1/vendors/BMW/vehicle", host.Emulator.LastApiRequest().Path);
            await client.Users.DeauthorizeAsync("u2");
            Assert.Equal("/users/u2/authorization", host.Emulator.LastApiRequest().Path);
            await client.Users.DeleteAsync("u2");
            Assert.Equal(("DELETE", "/users/u2", 204), (host.Emulator.LastApiRequest().Method, host.Emulator.LastApiRequest().Path, host.Emulator.LastApiRequest().Status));
            Assert.Equal(404, (await Assert.ThrowsAsync<EnodeApiException>(() => client.Users.GetAsync("u2"))).StatusCode);
            Assert.Empty((await client.Users.GetAsync("u1")).LinkedVendors!);
        }
    }
}
