using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Fills a new state with deterministic users and devices from the options' seed and counts.</summary>
    public static class DataSeeder
    {
        // Vendors that make inverters, batteries and meters alike: a user's energy devices come from one of them, as
        // they do in a real installation, so that a HEM system can group them.
        private static readonly string[] EnergyVendors = { "SOLAREDGE", "SMA", "TESLA", "HUAWEI", "GIVENERGY", "FOXESS", "ENPHASE", "SOLAX" };

        public static void Seed(EmulatorState state)
        {
            var options = state.Options;
            var userCount = Math.Max(1, options.UserCount);
            var userIds = new string[userCount];
            for (var u = 0; u < userCount; u++)
            {
                userIds[u] = state.Ids.Next();
                var createdAt = options.SeedEpoch.AddDays(-u - 1);
                state.Users.Add(new Record(userIds[u], userIds[u], createdAt, NewUser(userIds[u], createdAt)));
            }

            for (var v = 0; v < options.VehicleCount; v++)
            {
                var id = state.Ids.Next();
                var userId = userIds[v % userCount];
                var linkedAt = options.SeedEpoch.AddMinutes(-v);
                state.Vehicles.Add(new Record(id, userId, linkedAt, VehicleFactory.Create(state.Random, id, userId, linkedAt)));
                LinkVendor(state.Users.Find(userId)!.Body, state.Vehicles.Find(id)!.Body["vendor"]!.GetValue<string>(), "vehicle");
            }

            InterventionCatalog.Seed(state);
            var energyVendor = userIds.ToDictionary(u => u, _ => EnergyVendors[state.Random.Next(EnergyVendors.Length)], StringComparer.Ordinal);
            SeedDevices(state, "charger", options.ChargerCount, userIds, _ => null);
            SeedDevices(state, "hvac", options.HvacCount, userIds, _ => null);
            SeedDevices(state, "inverter", options.InverterCount, userIds, u => energyVendor[u]);
            SeedDevices(state, "battery", options.BatteryCount, userIds, u => energyVendor[u]);
            SeedDevices(state, "meter", options.MeterCount, userIds, u => energyVendor[u]);
            DemoScenarios.MakeRecent(state);
            SeedHemSystems(state, userIds, energyVendor);
            if (options.DemoScenarios) DemoScenarios.Apply(state);
        }

        private static void SeedDevices(EmulatorState state, string vendorType, int count, string[] userIds, Func<string, string?> vendorFor)
        {
            var table = DeviceFactories.TableFor(state, vendorType);
            for (var i = 0; i < count; i++)
            {
                var id = state.Ids.Next();
                var userId = userIds[i % userIds.Length];
                var linkedAt = state.Options.SeedEpoch.AddMinutes(-i);
                var body = DeviceFactories.Create(vendorType, state.Random, id, userId, linkedAt, vendorFor(userId));
                table.Add(new Record(id, userId, linkedAt, body));
                LinkVendor(state.Users.Find(userId)!.Body, body["vendor"]!.GetValue<string>(), vendorType);
            }
        }

        /// <summary>
        /// One HEM system per user in turn, of the user's energy vendor, grouping that user's inverters, batteries and
        /// meters of the same vendor that no other system has yet.
        /// </summary>
        private static void SeedHemSystems(EmulatorState state, string[] userIds, IReadOnlyDictionary<string, string> energyVendor)
        {
            for (var k = 0; k < state.Options.HemSystemCount; k++)
            {
                var id = state.Ids.Next();
                var userId = userIds[k % userIds.Length];
                var vendor = energyVendor[userId];
                var linkedAt = state.Options.SeedEpoch.AddMinutes(-k);
                var body = HemSystemFactory.Create(state.Random, id, userId, linkedAt, vendor);
                body["status"]!["lastSeen"] = VehicleFactory.Iso(DemoScenarios.RecentlySeen(state.Clock.UtcNow, k, reachable: true));
                var record = new Record(id, userId, linkedAt, body);
                state.HemSystems.Add(record);

                foreach (var table in new[] { state.Inverters, state.Batteries, state.Meters })
                    foreach (var device in table.All.Where(d => d.UserId == userId && (string?)d.Body["vendor"] == vendor && d.Body["hemSystemId"] == null))
                        device.Body["hemSystemId"] = id;

                var lastSeen = DateTimeOffset.Parse((string)body["status"]!["lastSeen"]!, System.Globalization.CultureInfo.InvariantCulture);
                var setup = HomeEnergySetup.For(state, record);
                HemSystemFactory.UpdateEnergyToday(body, setup, lastSeen);
                HomeLiveReadings.Apply(state, setup, lastSeen);
            }
        }

        public static JsonObject NewUser(string id, DateTimeOffset createdAt) => new JsonObject
        {
            ["id"] = id,
            ["createdAt"] = VehicleFactory.Iso(createdAt),
            ["scopes"] = new JsonArray(),
            ["linkedVendors"] = new JsonArray(),
        };

        /// <summary>Records that a user has linked a vendor of a vendor type, once.</summary>
        public static void LinkVendor(JsonObject user, string vendor, string vendorType)
        {
            var linked = (JsonArray)user["linkedVendors"]!;
            foreach (var entry in linked)
                if ((string?)entry!["vendor"] == vendor && (string?)entry["vendorType"] == vendorType) return;
            linked.Add(new JsonObject { ["vendor"] = vendor, ["vendorType"] = vendorType, ["isValid"] = true });
        }
    }
}
