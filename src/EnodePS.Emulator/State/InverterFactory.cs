using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Builds realistic solar inverter documents with every field of the reference's Inverter object.</summary>
    public static class InverterFactory
    {
        private static readonly (string Vendor, string[] Models)[] Catalogue =
        {
            ("SOLAREDGE", new[] { "SE5000H", "SE8K-RWB", "SE10K" }),
            ("SMA", new[] { "Sunny Boy 5.0", "Sunny Tripower 8.0" }),
            ("FRONIUS", new[] { "Primo GEN24 6.0", "Symo 10.0-3-M" }),
            ("HUAWEI", new[] { "SUN2000-6KTL-M1", "SUN2000-10KTL-M1" }),
            ("ENPHASE", new[] { "IQ8M Microinverter system" }),
            ("GROWATT", new[] { "MIN 6000TL-XH", "MOD 10KTL3-X" }),
            ("TESLA", new[] { "Solar Inverter 7.6" }),
            ("FOXESS", new[] { "H3-10.0-E" }),
            ("GIVENERGY", new[] { "Hybrid Gen 3 5kW" }),
        };

        public static readonly string[] Capabilities = { "productionState", "productionStatistics" };

        public static JsonObject Create(Random random, string id, string userId, DateTimeOffset linkedAt, string? vendorOverride = null)
        {
            var entry = Catalogue[random.Next(Catalogue.Length)];
            if (vendorOverride != null)
                entry = Array.Find(Catalogue, c => c.Vendor == vendorOverride) is var found && found.Vendor != null
                    ? found
                    : (vendorOverride, new[] { VendorCatalog.DisplayName(vendorOverride) + " Hybrid" });
            var (vendor, models) = entry;
            var site = Sites.ForUser(userId);
            var lastSeen = linkedAt.AddMinutes(random.Next(1, 60 * 24 * 30));
            var installedAt = EnergyDeviceParts.InstallationDate(random, linkedAt);
            var rate = Math.Round(SolarModel.PowerKw(id, site, lastSeen), 3);

            return new JsonObject
            {
                ["id"] = id,
                ["userId"] = userId,
                ["vendor"] = vendor,
                ["lastSeen"] = VehicleFactory.Iso(lastSeen),
                ["isReachable"] = random.NextDouble() < 0.9,
                ["productionState"] = new JsonObject
                {
                    ["productionRate"] = rate,
                    ["isProducing"] = rate > 0,
                    ["totalLifetimeProduction"] = SolarModel.LifetimeKwh(id, installedAt, lastSeen),
                    ["lastUpdated"] = VehicleFactory.Iso(lastSeen),
                },
                ["timezone"] = site.TimeZone,
                ["capabilities"] = CapabilityJson.For("inverter", vendor, Capabilities, random),
                ["scopes"] = new JsonArray("inverter:read:data", "inverter:read:location"),
                ["information"] = new JsonObject
                {
                    ["id"] = EnergyDeviceParts.VendorDeviceId(random),
                    ["sn"] = ChargerFactory.SerialNumber(vendor, random),
                    ["brand"] = VendorCatalog.DisplayName(vendor),
                    ["model"] = models[random.Next(models.Length)],
                    ["siteName"] = EnergyDeviceParts.SiteName(site, random),
                    ["installationDate"] = VehicleFactory.Iso(installedAt),
                },
                ["location"] = EnergyDeviceParts.Location(site, random, lastSeen),
                ["hemSystemId"] = null,
            };
        }
    }
}
