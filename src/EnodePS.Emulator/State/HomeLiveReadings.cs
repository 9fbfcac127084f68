using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Sets the live readings of a HEM system's devices from <see cref="HomeEnergyModel"/> at one instant: each
    /// inverter's production, the meter's grid power (positive when importing) and the batteries' charge rate
    /// (positive when charging) and level. They then add up as the home's flows do: production + grid power - battery
    /// charge rate is the household's consumption. An IDLE battery stays at zero and counts as no battery for the
    /// instant (the HEM system's daily totals, from the same model, do not know about operation modes).
    /// </summary>
    public static class HomeLiveReadings
    {
        private static readonly TimeSpan Resolution = TimeSpan.FromMinutes(5);

        /// <summary>Call under the state's lock, once the devices carry the system's hemSystemId.</summary>
        public static void Apply(EmulatorState state, HomeEnergySetup setup, DateTimeOffset asOf)
        {
            var batteries = state.Batteries.All
                .Where(b => (string?)b.Body["hemSystemId"] == setup.HemSystemId && (string?)b.Body["config"]!["operationMode"] != "IDLE").ToList();
            var capacity = batteries.Sum(b => JsonNumbers.Read(b.Body["chargeState"]!["batteryCapacity"]) ?? 0);
            var working = new HomeEnergySetup(setup.HemSystemId, setup.Site, setup.InverterIds, capacity > 0 ? capacity : (double?)null, setup.HasMeter);

            var local = EuropeanTimeZones.ToLocal(setup.Site.TimeZone, asOf);
            var bucket = HomeEnergyModel.SimulateDay(working, local.Date, Resolution).LastOrDefault(b => b.Start <= asOf);
            if (bucket == null) return;
            var middle = bucket.Start + TimeSpan.FromTicks(bucket.Length.Ticks / 2);
            var stamp = VehicleFactory.Iso(asOf);

            foreach (var id in setup.InverterIds)
            {
                var inverter = state.Inverters.Find(id);
                if (inverter == null) continue;
                var rate = Math.Round(SolarModel.PowerKw(id, setup.Site, middle), 3);
                var production = (JsonObject)inverter.Body["productionState"]!;
                production["productionRate"] = rate;
                production["isProducing"] = rate > 0;
                var installed = DateTimeOffset.Parse((string)inverter.Body["information"]!["installationDate"]!, CultureInfo.InvariantCulture);
                production["totalLifetimeProduction"] = SolarModel.LifetimeKwh(id, installed, asOf);
                production["lastUpdated"] = stamp;
                inverter.Body["lastSeen"] = stamp;
            }

            foreach (var meter in state.Meters.All.Where(m => (string?)m.Body["hemSystemId"] == setup.HemSystemId))
            {
                var energy = (JsonObject)meter.Body["energyState"]!;
                energy["power"] = Math.Round(bucket.Import - bucket.Export, 3);
                energy["lastUpdated"] = stamp;
                meter.Body["lastSeen"] = stamp;
            }

            foreach (var battery in state.Batteries.All.Where(b => (string?)b.Body["hemSystemId"] == setup.HemSystemId))
            {
                var charge = (JsonObject)battery.Body["chargeState"]!;
                charge["lastUpdated"] = stamp;
                battery.Body["lastSeen"] = stamp;
                if (!batteries.Contains(battery) || !bucket.BatteryLevel.HasValue)
                {
                    charge["chargeRate"] = 0.0;
                    charge["status"] = "IDLE";
                    continue;
                }
                var share = (JsonNumbers.Read(charge["batteryCapacity"]) ?? 0) / capacity;
                var rate = Math.Round((bucket.Charge - bucket.Discharge) * share, 3);
                var floor = JsonNumbers.Read(charge["dischargeLimit"]) ?? 0;
                charge["chargeRate"] = rate;
                charge["batteryLevel"] = Math.Round(Math.Max(floor, Math.Min(100, bucket.BatteryLevel.Value)));
                charge["status"] = rate > 0 ? "CHARGING" : rate < 0 ? "DISCHARGING" : "IDLE";
            }
        }
    }
}
