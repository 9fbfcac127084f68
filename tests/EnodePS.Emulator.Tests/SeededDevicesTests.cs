using System;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator.Tests
{
    /// <summary>The seeded devices: deterministic, linked to their users, grouped into HEM systems, capabilities tied to interventions.</summary>
    public class SeededDevicesTests
    {
        private static readonly string[] DeviceCollections = { "chargers", "hvacs", "inverters", "batteries", "meters", "hem-systems" };
        private static readonly DateTimeOffset Noon = new DateTimeOffset(2024, 10, 15, 12, 0, 0, TimeSpan.Zero);

        [Fact]
        public void The_demo_options_seed_a_few_devices_of_every_type()
        {
            using var emulator = new EnodeEmulator();
            foreach (var collection in DeviceCollections)
                Assert.InRange(DeviceRoutesTests.TableOf(emulator.State, collection).Count, 3, 4);
        }

        [Fact]
        public void The_same_seed_gives_the_same_devices_and_another_seed_other_ones()
        {
            // Seeded data is minutes old relative to the clock: one clock for all, so that only the seed differs.
            var clock = new ManualEmulatorClock(Noon);
            using var a = new EnodeEmulator(new EmulatorOptions { Seed = 7, Clock = clock });
            using var b = new EnodeEmulator(new EmulatorOptions { Seed = 7, Clock = clock });
            using var c = new EnodeEmulator(new EmulatorOptions { Seed = 8, Clock = clock });

            foreach (var collection in DeviceCollections)
            {
                string Dump(EnodeEmulator e) => string.Join("\n", DeviceRoutesTests.TableOf(e.State, collection).All.Select(r => r.Body.ToJsonString()));
                Assert.Equal(Dump(a), Dump(b));
                Assert.NotEqual(Dump(a), Dump(c));
            }
        }

        [Fact]
        public void Adding_device_types_does_not_change_the_seeded_vehicles()
        {
            var clock = new ManualEmulatorClock(Noon);
            using var none = new EnodeEmulator(new EmulatorOptions { ChargerCount = 0, HvacCount = 0, InverterCount = 0, BatteryCount = 0, MeterCount = 0, HemSystemCount = 0, Clock = clock });
            var options = DeviceRoutesTests.ManyDevices().WithVehicles(6);
            options.Clock = clock;
            using var many = new EnodeEmulator(options);

            Assert.Equal(none.State.Vehicles.All.Select(r => r.Body.ToJsonString()), many.State.Vehicles.All.Select(r => r.Body.ToJsonString()));
        }

        [Fact]
        public void Every_device_belongs_to_a_seeded_user_who_has_its_vendor_linked()
        {
            using var emulator = new EnodeEmulator(DeviceRoutesTests.ManyDevices());
            foreach (var type in DeviceFactories.VendorTypes)
                foreach (var device in DeviceFactories.TableFor(emulator.State, type).All)
                {
                    var user = emulator.State.Users.Find(device.UserId!);
                    Assert.NotNull(user);
                    Assert.Equal(device.UserId, (string?)device.Body["userId"]);
                    Assert.Contains(user!.Body["linkedVendors"]!.AsArray(),
                        l => (string?)l!["vendor"] == (string?)device.Body["vendor"] && (string?)l!["vendorType"] == type);
                }
        }

        [Fact]
        public void Capabilities_that_need_an_intervention_point_at_a_listed_intervention_of_the_same_vendor()
        {
            using var emulator = new EnodeEmulator(new EmulatorOptions { ChargerCount = 40, HvacCount = 40, InverterCount = 40, BatteryCount = 40, MeterCount = 40 });
            var blocked = 0;
            foreach (var type in DeviceFactories.VendorTypes.Where(t => t != "vehicle"))
                foreach (var device in DeviceFactories.TableFor(emulator.State, type).All)
                    foreach (var capability in Capabilities(device.Body))
                    {
                        var ids = capability["interventionIds"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();
                        if ((bool)capability["isCapable"]!) Assert.Empty(ids);
                        foreach (var id in ids)
                        {
                            blocked++;
                            var intervention = emulator.State.Interventions.Find(id);
                            Assert.NotNull(intervention);
                            Assert.Equal(type, (string?)intervention!.Body["vendorType"]);
                            Assert.Equal((string?)device.Body["vendor"], (string?)intervention.Body["vendor"]);
                        }
                    }
            Assert.True(blocked >= 10, $"only {blocked} capabilities need an intervention");
        }

        [Fact]
        public void Hem_systems_group_their_users_energy_devices_of_their_vendor_and_report_todays_totals()
        {
            using var emulator = new EnodeEmulator(new EmulatorOptions { UserCount = 3, InverterCount = 3, BatteryCount = 3, MeterCount = 3, HemSystemCount = 3 });
            foreach (var system in emulator.State.HemSystems.All)
            {
                var vendor = (string)system.Body["information"]!["vendor"]!;
                foreach (var table in new[] { emulator.State.Inverters, emulator.State.Batteries, emulator.State.Meters })
                {
                    var member = Assert.Single(table.All, d => (string?)d.Body["hemSystemId"] == system.Id);
                    Assert.Equal(system.UserId, member.UserId);
                    Assert.Equal(vendor, (string?)member.Body["vendor"]);
                }
                var today = system.Body["status"]!["energy"]!["today"]!;
                foreach (var flow in new[] { "generation", "consumption", "charge", "discharge", "import", "export" })
                    Assert.True((double?)today[flow] >= 0, flow);
                Assert.Equal("kWh", (string?)today["unit"]);
            }
        }

        [Fact]
        public void The_live_readings_of_a_homes_devices_add_up_to_its_household_consumption()
        {
            var producing = 0;
            var charging = 0;
            var discharging = 0;
            var homes = 0;
            for (var seed = 1; seed <= 20; seed++)
            {
                // Homes are seen minutes before the clock: a clock at a different hour per seed gives day and night.
                var clock = new ManualEmulatorClock(Noon.AddHours(seed * 5));
                using var emulator = new EnodeEmulator(new EmulatorOptions { Seed = seed, UserCount = 3, InverterCount = 3, BatteryCount = 3, MeterCount = 3, HemSystemCount = 3, Clock = clock });
                var state = emulator.State;
                foreach (var system in state.HemSystems.All)
                {
                    bool Member(EnodePS.Emulator.State.Record r) => (string?)r.Body["hemSystemId"] == system.Id;
                    var meter = state.Meters.All.SingleOrDefault(Member);
                    if (meter == null) continue;
                    homes++;
                    var asOf = (string?)system.Body["status"]!["lastSeen"];
                    var members = state.Inverters.All.Where(Member).Concat(state.Batteries.All.Where(Member)).Append(meter).ToList();
                    Assert.All(members, m => Assert.Equal(asOf, (string?)m.Body["lastSeen"]));

                    var production = state.Inverters.All.Where(Member).Sum(i => JsonNumbers.Read(i.Body["productionState"]!["productionRate"]) ?? 0);
                    var grid = JsonNumbers.Read(meter.Body["energyState"]!["power"]) ?? 0;
                    var battery = state.Batteries.All.Where(Member).Sum(b => JsonNumbers.Read(b.Body["chargeState"]!["chargeRate"]) ?? 0);
                    var consumption = production + grid - battery;
                    var home = $"seed {seed}, {system.Id}: production {production}, grid {grid}, battery {battery}";

                    Assert.InRange(consumption, 0.2, 7.5); // the household model's range
                    if (battery > 0.001) Assert.True(grid <= 0.001, "a battery charges from surplus only; " + home);
                    if (battery < -0.001) Assert.True(grid >= -0.001, "a battery discharges to cover the home, not to export; " + home);
                    if (production > 0) producing++;
                    if (battery > 0.001) charging++;
                    if (battery < -0.001) discharging++;
                }
            }
            // Enough variety that the checks above meant something.
            Assert.True(homes >= 30, $"{homes} homes with a meter");
            Assert.True(producing > 0 && charging > 0 && discharging > 0, $"producing {producing}, charging {charging}, discharging {discharging}");
        }

        [Theory]
        [InlineData("charger")]
        [InlineData("hvac")]
        [InlineData("inverter")]
        [InlineData("battery")]
        [InlineData("meter")]
        public void The_device_facade_creates_every_type_for_link_completion(string vendorType)
        {
            var document = DeviceFactories.Create(vendorType, new Random(1), "device-1", "user-1", new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.Zero));
            Assert.Equal("device-1", (string?)document["id"]);
            Assert.Equal("user-1", (string?)document["userId"]);
            Assert.Contains((string)document["vendor"]!, VendorCatalog.VendorsByType[vendorType]);

            var forced = DeviceFactories.Create(vendorType, new Random(1), "device-2", "user-1", DateTimeOffset.UtcNow, "TESLA");
            Assert.Equal("TESLA", (string?)forced["vendor"]);
        }

        private static System.Collections.Generic.IEnumerable<JsonObject> Capabilities(JsonObject device) =>
            device["capabilities"]!.AsObject().Select(p => p.Value).OfType<JsonObject>().Where(c => c.ContainsKey("isCapable"));
    }

    internal static class EmulatorOptionsExtensions
    {
        public static EmulatorOptions WithVehicles(this EmulatorOptions options, int count)
        {
            options.VehicleCount = count;
            options.UserCount = 3;
            return options;
        }
    }
}
