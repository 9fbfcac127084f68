using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Fills a new state with deterministic users and devices from the options' seed and counts.</summary>
    public static class DataSeeder
    {
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
