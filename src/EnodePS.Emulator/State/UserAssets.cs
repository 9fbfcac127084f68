using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Removes what a user owns when they are deleted, deauthorized or disconnect a vendor. Call under the state's lock.</summary>
    public static class UserAssets
    {
        /// <summary>
        /// Removes the user's devices of the vendor and vendor type (null: any), publishing a deleted event for each.
        /// Answers how many were removed.
        /// </summary>
        public static int RemoveDevices(EmulatorState state, string userId, string? vendor, string? vendorType)
        {
            var removed = 0;
            var emptied = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var type in DeviceFactories.VendorTypes)
            {
                if (vendorType != null && type != vendorType) continue;
                var table = DeviceFactories.TableFor(state, type);
                foreach (var record in table.All.Where(r => r.UserId == userId).ToList())
                {
                    if (vendor != null && (string?)record.Body["vendor"] != vendor) continue;
                    table.Remove(record.Id);
                    if ((string?)record.Body["hemSystemId"] is string hemSystemId) emptied.Add(hemSystemId);
                    DeviceEvents.Deleted(state, type, record.Body);
                    removed++;
                }
            }
            HemSystemLinks.RemoveOrphans(state, userId, emptied);
            return removed;
        }

        /// <summary>Forgets the user's links to the vendor and vendor type (null: any).</summary>
        public static void Unlink(JsonObject user, string? vendor, string? vendorType)
        {
            var linked = (JsonArray)user["linkedVendors"]!;
            for (var i = linked.Count - 1; i >= 0; i--)
            {
                var entry = linked[i]!;
                if ((vendor == null || (string?)entry["vendor"] == vendor) && (vendorType == null || (string?)entry["vendorType"] == vendorType))
                    linked.RemoveAt(i);
            }
        }

        public static bool HasLink(JsonObject user, string vendor, string? vendorType) =>
            ((JsonArray)user["linkedVendors"]!).Any(e => (string?)e!["vendor"] == vendor && (vendorType == null || (string?)e["vendorType"] == vendorType));

        /// <summary>Deletes the user and everything stored for them.</summary>
        public static void RemoveUser(EmulatorState state, string userId)
        {
            RemoveDevices(state, userId, null, null);
            foreach (var table in OwnedTables(state))
                foreach (var record in table.All.Where(r => r.UserId == userId).ToList())
                    table.Remove(record.Id);
            state.Users.Remove(userId);
        }

        private static IEnumerable<RecordTable> OwnedTables(EmulatorState state) => new[]
        {
            state.HemSystems, state.Actions, state.Locations, state.Schedules, state.LinkSessions, state.SmartOverrides,
            state.SmartChargingPlans, state.LocationTariffs, state.SmartChargingStatuses, state.ScheduleStatuses,
        };

        /// <summary>Links to vendors across every user: what the client's connections limit counts.</summary>
        public static int ConnectionCount(EmulatorState state) =>
            state.Users.All.Sum(u => ((JsonArray)u.Body["linkedVendors"]!).Count);
    }
}
