using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class RefreshHintTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        [Theory]
        [InlineData("vehicles", "vehicle", "vehicle")]
        [InlineData("chargers", "charger", "charger")]
        [InlineData("hvacs", "hvac", "hvac")]
        [InlineData("inverters", "inverter", "inverter")]
        [InlineData("batteries", "battery", "battery")]
        [InlineData("meters", "meter", "meter")]
        public async Task A_hint_is_204_and_a_reachable_device_is_seen_now(string collection, string what, string noun)
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(Now), ChargerCount = 6, HvacCount = 6, InverterCount = 6, BatteryCount = 6, MeterCount = 6 });
            using var http = new RawHttp(host);
            var table = DeviceRoutesTests.TableOf(host.Emulator.State, collection);
            var device = table.All.First(r => (bool?)r.Body["isReachable"] == true);

            var (status, body, response) = await http.SendAsync(HttpMethod.Post, $"/{collection}/{device.Id}/refresh-hint");

            Assert.Equal(204, status);
            Assert.Null(body);
            Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
            Assert.Equal(VehicleFactory.Iso(Now), (string?)table.Find(device.Id)!.Body["lastSeen"]);
            var published = Assert.Single(host.Emulator.State.Events.Recent, e => e.Name == $"user:{noun}:updated");
            Assert.Equal(device.Id, (string?)published.Payload[noun]!["id"]);
            Assert.Equal("lastSeen", (string?)published.Payload["updatedFields"]![0]);

            var missing = await http.SendAsync(HttpMethod.Post, $"/{collection}/00000000-0000-4000-8000-000000000000/refresh-hint");
            Assert.Equal(404, missing.Status);
            Assert.Equal($"The specified {what} was not found.", (string?)missing.Body!["detail"]);
        }

        [Fact]
        public async Task An_unreachable_device_accepts_the_hint_but_is_not_seen()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(Now), ChargerCount = 2 });
            using var http = new RawHttp(host);
            var charger = host.Emulator.State.Chargers.All[0];
            lock (host.Emulator.State.Gate) charger.Body["isReachable"] = false;
            var before = (string?)charger.Body["lastSeen"];

            Assert.Equal(204, (await http.SendAsync(HttpMethod.Post, $"/chargers/{charger.Id}/refresh-hint")).Status);

            Assert.Equal(before, (string?)charger.Body["lastSeen"]);
            Assert.Empty(host.Emulator.State.Events.Recent);
        }

        [Fact]
        public async Task Hem_systems_have_no_refresh_hint()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.HemSystems.All[0].Id;

            Assert.Equal(404, (await http.SendAsync(HttpMethod.Post, $"/hem-systems/{id}/refresh-hint")).Status);
        }
    }
}
