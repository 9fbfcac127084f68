using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Emulator.State
{
    /// <summary>What a HEM system is made of: the site, the inverters, battery and meter linked to it.</summary>
    public sealed class HomeEnergySetup
    {
        public HomeEnergySetup(string hemSystemId, Site site, IReadOnlyList<string> inverterIds, double? batteryCapacityKwh, bool hasMeter)
        {
            HemSystemId = hemSystemId;
            Site = site;
            InverterIds = inverterIds;
            BatteryCapacityKwh = batteryCapacityKwh;
            HasMeter = hasMeter;
        }

        public string HemSystemId { get; }
        public Site Site { get; }
        public IReadOnlyList<string> InverterIds { get; }
        public double? BatteryCapacityKwh { get; }
        public bool HasMeter { get; }

        /// <summary>Reads the devices linked to a HEM system (through their hemSystemId). Call under the state's lock.</summary>
        public static HomeEnergySetup For(EmulatorState state, Record hemSystem)
        {
            bool Linked(Record r) => (string?)r.Body["hemSystemId"] == hemSystem.Id;
            var inverters = state.Inverters.All.Where(Linked).Select(r => r.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToList();
            double? capacity = null;
            foreach (var battery in state.Batteries.All.Where(Linked))
                capacity = (capacity ?? 0) + ((double?)battery.Body["chargeState"]?["batteryCapacity"] ?? 0);
            var hasMeter = state.Meters.All.Any(Linked);
            return new HomeEnergySetup(hemSystem.Id, Sites.ForUser(hemSystem.UserId ?? ""), inverters, capacity, hasMeter);
        }
    }
}
