using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Builds HEM system documents with every field of the reference's HEM System object.</summary>
    public static class HemSystemFactory
    {
        public static JsonObject Create(Random random, string id, string userId, DateTimeOffset linkedAt, string? vendorOverride = null)
        {
            var vendor = vendorOverride ?? VendorCatalog.HemSystemVendors[random.Next(VendorCatalog.HemSystemVendors.Length)];
            var site = Sites.ForUser(userId);
            var lastSeen = linkedAt.AddMinutes(random.Next(1, 60 * 24 * 30));
            var installedAt = EnergyDeviceParts.InstallationDate(random, linkedAt);
            var street = site.Address.Substring(0, site.Address.IndexOf(','));
            return new JsonObject
            {
                ["id"] = id,
                ["userId"] = userId,
                ["locationId"] = null,
                ["information"] = new JsonObject
                {
                    ["vendor"] = vendor,
                    ["name"] = random.NextDouble() < 0.5 ? "Home" : street,
                    ["installationDate"] = VehicleFactory.Iso(installedAt),
                    ["latitude"] = site.Latitude,
                    ["longitude"] = site.Longitude,
                    ["address"] = site.Address,
                    ["timezone"] = site.TimeZone,
                    ["lastUpdated"] = VehicleFactory.Iso(linkedAt),
                },
                ["status"] = new JsonObject
                {
                    ["lastSeen"] = VehicleFactory.Iso(lastSeen),
                    ["energy"] = new JsonObject
                    {
                        ["today"] = new JsonObject
                        {
                            ["generation"] = null,
                            ["consumption"] = null,
                            ["charge"] = null,
                            ["discharge"] = null,
                            ["import"] = null,
                            ["export"] = null,
                            ["unit"] = "kWh",
                            ["lastUpdated"] = null,
                        },
                    },
                },
            };
        }

        /// <summary>The finest resolution the vendor reports for a day.</summary>
        public static TimeSpan NativeResolution(string vendor)
        {
            switch (vendor)
            {
                case "TESLA":
                case "HUAWEI":
                case "GIVENERGY":
                    return TimeSpan.FromMinutes(5);
                case "SOLAX":
                    return TimeSpan.FromMinutes(10);
                default:
                    return TimeSpan.FromMinutes(15);
            }
        }

        /// <summary>
        /// Sets status.energy.today to the totals of the local day up to <paramref name="asOf"/>, from the same model
        /// the statistics come from. Totals of flows the system cannot measure (no inverter, battery or meter) stay null.
        /// </summary>
        public static void UpdateEnergyToday(JsonObject hemSystem, HomeEnergySetup setup, DateTimeOffset asOf)
        {
            var vendor = (string)hemSystem["information"]!["vendor"]!;
            var local = EuropeanTimeZones.ToLocal(setup.Site.TimeZone, asOf);
            var buckets = HomeEnergyModel.SimulateDay(setup, local.Date, NativeResolution(vendor))
                .Where(b => b.Start + b.Length <= asOf).ToList();
            double? Total(Func<HomeEnergyBucket, double> flow, bool measured) =>
                measured ? Math.Round(buckets.Sum(b => flow(b) * b.Length.TotalHours), 3) : (double?)null;

            var hasSolar = setup.InverterIds.Count > 0;
            var hasBattery = setup.BatteryCapacityKwh.HasValue;
            var today = (JsonObject)hemSystem["status"]!["energy"]!["today"]!;
            today["generation"] = Total(b => b.Generation, hasSolar);
            today["consumption"] = Total(b => b.Consumption, setup.HasMeter);
            today["charge"] = Total(b => b.Charge, hasBattery);
            today["discharge"] = Total(b => b.Discharge, hasBattery);
            today["import"] = Total(b => b.Import, setup.HasMeter);
            today["export"] = Total(b => b.Export, setup.HasMeter);
            today["unit"] = "kWh";
            today["lastUpdated"] = VehicleFactory.Iso(asOf);
            hemSystem["status"]!["lastSeen"] = VehicleFactory.Iso(asOf);
        }
    }
}
