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
    /// <summary>The demo data (EmulatorOptions.Demo) is one in which every feature succeeds, through the API as a user reaches it.</summary>
    public class DemoScenariosTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        private static LoopbackEmulator Demo()
        {
            var options = EmulatorOptions.Demo();
            options.Clock = new ManualEmulatorClock(Now);
            return new LoopbackEmulator(options);
        }

        private static JsonArray Data(JsonNode page) => page["data"]!.AsArray();

        [Fact]
        public async Task Reachable_devices_were_seen_minutes_ago()
        {
            using var host = Demo();
            using var http = new RawHttp(host);
            foreach (var collection in new[] { "vehicles", "chargers", "hvacs", "inverters", "batteries", "meters" })
                foreach (var device in Data((await http.GetAsync("/" + collection)).Body!).Where(d => (bool?)d!["isReachable"] == true))
                {
                    var age = Now - DateTimeOffset.Parse((string)device!["lastSeen"]!, System.Globalization.CultureInfo.InvariantCulture);
                    Assert.InRange(age, TimeSpan.Zero, TimeSpan.FromMinutes(15));
                }
        }

        [Fact]
        public async Task The_first_vehicle_and_charger_start_the_second_ones_charge_and_a_vehicle_smart_charges_with_a_plan()
        {
            using var host = Demo();
            using var http = new RawHttp(host);
            var vehicles = Data((await http.GetAsync("/vehicles")).Body!);
            var chargers = Data((await http.GetAsync("/chargers")).Body!);
            Assert.Equal("PLUGGED_IN:STOPPED", (string?)vehicles[0]!["chargeState"]!["powerDeliveryState"]);
            Assert.Equal("PLUGGED_IN:CHARGING", (string?)vehicles[1]!["chargeState"]!["powerDeliveryState"]);
            Assert.Equal("UNPLUGGED", (string?)vehicles[2]!["chargeState"]!["powerDeliveryState"]);
            Assert.Equal("PLUGGED_IN:CHARGING", (string?)chargers[1]!["chargeState"]!["powerDeliveryState"]);

            var start = "{\"action\":\"START\"}";
            Assert.Equal(200, (await http.SendAsync(HttpMethod.Post, $"/vehicles/{vehicles[0]!["id"]}/charging", start)).Status);
            Assert.Equal(200, (await http.SendAsync(HttpMethod.Post, $"/chargers/{chargers[0]!["id"]}/charging", start)).Status);

            var smart = vehicles.Single(v => (bool?)v!["smartChargingPolicy"]!["isEnabled"] == true)!;
            var status = (await http.GetAsync($"/vehicles/{smart["id"]}/smart-charging-status")).Body!;
            Assert.StartsWith("PLAN:EXECUTING", (string?)status["state"]);
            Assert.NotNull(status["plan"]);
        }

        [Fact]
        public async Task The_living_room_unit_holds_and_follows_its_schedule_and_the_battery_changes_mode()
        {
            using var host = Demo();
            using var http = new RawHttp(host);
            var hvac = Data((await http.GetAsync("/hvacs")).Body!)[0]!;
            Assert.Equal(DemoScenarios.LivingRoom, (string?)hvac["information"]!["groupName"]);
            Assert.Equal(200, (await http.SendAsync(HttpMethod.Post, $"/hvacs/{hvac["id"]}/follow-schedule")).Status);
            var battery = Data((await http.GetAsync("/batteries")).Body!)[0]!;
            var mode = (string?)battery["config"]!["operationMode"] == "IMPORT_FOCUS" ? "EXPORT_FOCUS" : "IMPORT_FOCUS";
            Assert.Equal(200, (await http.SendAsync(HttpMethod.Post, $"/batteries/{battery["id"]}/operation-mode", "{\"operationMode\":\"" + mode + "\"}")).Status);
        }

        [Fact]
        public async Task Every_user_has_a_home_on_a_tariff_schedule_and_one_user_can_relink()
        {
            using var host = Demo();
            using var http = new RawHttp(host);
            foreach (var user in Data((await http.GetAsync("/users")).Body!))
            {
                var home = Data((await http.GetAsync($"/users/{user!["id"]}/locations")).Body!).Single()!;
                Assert.NotEmpty((await http.GetAsync($"/locations/{home["id"]}/tariff")).Body!.AsArray());
            }
            Assert.Equal(200, (await http.GetAsync("/tariffs/" + DemoScenarios.TariffId)).Status);

            var vehicles = Data((await http.GetAsync("/vehicles")).Body!);
            var relinkable = vehicles[vehicles.Count - 1]!;
            var relink = await http.SendAsync(HttpMethod.Post, $"/assets/{relinkable["id"]}/relink", "{\"redirectUri\":\"https://example.com/relinked\"}");
            Assert.Equal(200, relink.Status);
        }

        [Fact]
        public void Tests_start_from_generated_data_alone()
        {
            using var emulator = new EnodeEmulator(new EmulatorOptions());
            Assert.Empty(emulator.State.Locations.All);
            Assert.Empty(emulator.State.Schedules.All);
        }
    }
}
