using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Tests.Support;
using EnodePS.Client.Validation;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class LocationsClientTests
    {
        [Fact]
        public async Task Creates_lists_updates_and_deletes_with_the_reference_bodies()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var user = host.Emulator.State.Users.All[0].Id;

            var created = await client.Locations.CreateAsync(user, new LocationRequest { Name = "Home", Latitude = 59.91, Longitude = 10.75, TimezoneName = "europe/oslo" });

            Assert.Equal("{\"name\":\"Home\",\"latitude\":59.91,\"longitude\":10.75,\"timezoneName\":\"Europe/Oslo\"}", host.Emulator.LastApiRequest().Body);
            Assert.Equal(("Home", 59.91, 10.75, "Europe/Oslo", user), (created.Name, created.Latitude, created.Longitude, created.TimezoneName, created.UserId));
            Assert.NotNull(created.CreatedAt);
            Assert.Equal(created.Id, (await client.Locations.GetAsync(created.Id)).Id);
            Assert.Equal(new[] { created.Id }, (await client.Locations.ListAsync(user).ToListAsync()).Select(l => l.Id));
            Assert.Single(await client.Locations.ListAsync().ToListAsync());

            var renamed = await client.Locations.UpdateAsync(created.Id, new LocationRequest { Name = "Cottage" });
            Assert.Equal(("PUT", "{\"name\":\"Cottage\"}"), (host.Emulator.LastApiRequest().Method, host.Emulator.LastApiRequest().Body));
            Assert.Equal(("Cottage", 59.91), (renamed.Name, renamed.Latitude));

            var deleted = await client.Locations.DeleteAsync(created.Id);
            Assert.Equal("Cottage", deleted.Name);
            Assert.Equal(404, (await Assert.ThrowsAsync<EnodeApiException>(() => client.Locations.GetAsync(created.Id))).StatusCode);
        }

        [Fact]
        public async Task A_location_without_a_time_zone_is_created_in_utc()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var created = await client.Locations.CreateAsync(host.Emulator.State.Users.All[0].Id, new LocationRequest { Name = "Depot", Latitude = 0, Longitude = 0 });
            Assert.Equal("UTC", created.TimezoneName);
        }

        [Theory]
        [InlineData(91, 0, "UTC", "latitude", "-90 to 90")]
        [InlineData(0, 180.5, "UTC", "longitude", "-180 to 180")]
        [InlineData(0, 0, "Oslo", "timezoneName", "did you mean Europe/Oslo")]
        [InlineData(0, 0, "CET+1", "timezoneName", "IANA time zone name")]
        public async Task Bad_values_are_refused_before_sending(double latitude, double longitude, string zone, string parameter, string allowed)
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);

            var error = await Assert.ThrowsAsync<EnodeValidationException>(() =>
                client.Locations.CreateAsync("u", new LocationRequest { Name = "X", Latitude = latitude, Longitude = longitude, TimezoneName = zone }));

            Assert.Equal(parameter, error.ParameterName);
            Assert.Contains(allowed, error.Message);
            Assert.Equal(0, host.Emulator.ApiRequestCount());
            await Assert.ThrowsAsync<EnodeValidationException>(() => client.Locations.UpdateAsync("l", new LocationRequest()));
        }
    }
}
