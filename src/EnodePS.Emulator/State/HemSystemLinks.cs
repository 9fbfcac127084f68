using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Keeps HEM systems in step with the energy devices (inverters, batteries, meters) a user links: the first energy
    /// device of a HEM vendor brings its system (discovered, then updated with its status, as the reference describes),
    /// and the system goes (deleted) with the user's last device that belongs to it. Call under the state's lock.
    /// </summary>
    public static class HemSystemLinks
    {
        private static readonly string[] EnergyTypes = { "inverter", "battery", "meter" };

        public static void Linked(EmulatorState state, string userId, IEnumerable<(string Type, JsonObject Device)> created)
        {
            var now = state.Clock.UtcNow;
            foreach (var group in created.Where(c => Array.IndexOf(EnergyTypes, c.Type) >= 0).GroupBy(c => (string)c.Device["vendor"]!))
            {
                if (Array.IndexOf(VendorCatalog.HemSystemVendors, group.Key) < 0) continue;
                var system = state.HemSystems.All.FirstOrDefault(h => h.UserId == userId && (string?)h.Body["information"]?["vendor"] == group.Key);
                var isNew = system == null;
                if (system == null)
                {
                    var id = state.Ids.Next();
                    system = new Record(id, userId, now, HemSystemFactory.Create(state.Random, id, userId, now, group.Key));
                    state.HemSystems.Add(system);
                }
                foreach (var (_, device) in group) device["hemSystemId"] = system.Id;
                if (!isNew) continue;

                DeviceEvents.Discovered(state, DeviceEvents.HemSystem, system.Body);
                system.Body["status"]!["lastSeen"] = VehicleFactory.Iso(now);
                HemSystemFactory.UpdateEnergyToday(system.Body, HomeEnergySetup.For(state, system), now);
                DeviceEvents.Updated(state, DeviceEvents.HemSystem, system.Body, new[] { "locationId", "status.lastSeen", "status.energy.today" });
            }
        }

        /// <summary>Removes those of the HEM systems that no longer group any of the user's devices, publishing a deleted event for each.</summary>
        public static void RemoveOrphans(EmulatorState state, string userId, ICollection<string> hemSystemIds)
        {
            if (hemSystemIds.Count == 0) return;
            foreach (var system in state.HemSystems.All.Where(h => h.UserId == userId && hemSystemIds.Contains(h.Id)).ToList())
            {
                var grouped = new[] { state.Inverters, state.Batteries, state.Meters }
                    .Any(table => table.All.Any(d => d.UserId == userId && (string?)d.Body["hemSystemId"] == system.Id));
                if (grouped) continue;
                state.HemSystems.Remove(system.Id);
                DeviceEvents.Deleted(state, DeviceEvents.HemSystem, system.Body);
            }
        }
    }
}
