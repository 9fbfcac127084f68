using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Deterministic energy flows of a home: production from <see cref="SolarModel"/>, a household load with morning
    /// and evening peaks, a battery that stores surplus and covers deficit, and the grid for the rest. Each local day is
    /// simulated from midnight, so a day asked for alone and the same day inside a month give the same numbers.
    /// </summary>
    public static class HomeEnergyModel
    {
        private const double BatteryPowerKw = 5.0;
        private const double BatteryReservePercent = 10.0;

        /// <summary>The buckets of one local day at the given resolution (local midnight to midnight; 23 or 25 hours on DST days).</summary>
        public static List<HomeEnergyBucket> SimulateDay(HomeEnergySetup setup, DateTime localDate, TimeSpan resolution)
        {
            var zone = setup.Site.TimeZone;
            var start = EuropeanTimeZones.StartOfDay(zone, localDate);
            var end = EuropeanTimeZones.StartOfDay(zone, localDate.AddDays(1));
            var dateKey = localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var capacity = setup.BatteryCapacityKwh;
            var level = capacity.HasValue ? StableHash.Between("soc|" + setup.HemSystemId + "|" + dateKey, 20, 60) : (double?)null;

            var buckets = new List<HomeEnergyBucket>();
            for (var t = start; t < end; t += resolution)
            {
                var middle = t + TimeSpan.FromTicks(resolution.Ticks / 2);
                var hours = resolution.TotalHours;
                var generation = setup.InverterIds.Sum(id => SolarModel.PowerKw(id, setup.Site, middle));
                var consumption = ConsumptionKw(setup.HemSystemId, EuropeanTimeZones.ToLocal(zone, middle));
                var bucket = new HomeEnergyBucket { Start = EuropeanTimeZones.ToLocal(zone, t), Length = resolution, Generation = generation, Consumption = consumption, BatteryLevel = level };

                var surplus = generation - consumption;
                if (capacity.HasValue && level.HasValue)
                {
                    var room = capacity.Value * (100 - level.Value) / 100 / hours;
                    var stored = capacity.Value * (level.Value - BatteryReservePercent) / 100 / hours;
                    if (surplus > 0) bucket.Charge = Math.Max(0, Math.Min(surplus, Math.Min(BatteryPowerKw, room)));
                    else bucket.Discharge = Math.Max(0, Math.Min(-surplus, Math.Min(BatteryPowerKw, stored)));
                    level = level.Value + (bucket.Charge - bucket.Discharge) * hours / capacity.Value * 100;
                }
                var balance = surplus - bucket.Charge + bucket.Discharge;
                if (balance >= 0) bucket.Export = balance;
                else bucket.Import = -balance;
                buckets.Add(bucket);
            }
            return buckets;
        }

        /// <summary>Household load in kW at a local time: a base load, a morning and an evening peak, and some noise.</summary>
        public static double ConsumptionKw(string hemSystemId, DateTimeOffset local)
        {
            var hour = local.TimeOfDay.TotalHours;
            var size = StableHash.Between("household|" + hemSystemId, 0.8, 1.6);
            var baseLoad = 0.35;
            var morning = 1.2 * Bump(hour, 7.5, 1.0);
            var evening = 2.2 * Bump(hour, 18.5, 1.6);
            var noise = StableHash.Between("load|" + hemSystemId + "|" + local.UtcTicks / TimeSpan.TicksPerMinute / 5, 0.85, 1.2);
            return size * (baseLoad + morning + evening) * noise;
        }

        private static double Bump(double hour, double centre, double width) => Math.Exp(-Math.Pow((hour - centre) / width, 2));
    }
}
