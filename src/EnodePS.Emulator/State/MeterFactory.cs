using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Builds realistic grid meter documents with every field of the reference's Meter object.</summary>
    public static class MeterFactory
    {
        private static readonly (string Vendor, string Model)[] Catalogue =
        {
            ("TESLA", "Backup Gateway 2"),
            ("ENPHASE", "IQ Gateway Metered"),
            ("SOLAREDGE", "Energy Meter"),
            ("SMA", "Sunny Home Manager 2.0"),
            ("HUAWEI", "DTSU666-H Smart Power Sensor"),
            ("GIVENERGY", "EM115 Energy Meter"),
            ("FOXESS", "DTSU666 Smart Meter"),
            ("SOLAX", "X3 Smart Meter"),
            ("SOLIS", "Acrel ACR10R"),
        };

        public static readonly string[] Capabilities = { "measuresConsumption", "measuresProduction" };

        public static JsonObject Create(Random random, string id, string userId, DateTimeOffset linkedAt, string? vendorOverride = null)
        {
            var entry = Catalogue[random.Next(Catalogue.Length)];
            if (vendorOverride != null)
                entry = Array.Find(Catalogue, c => c.Vendor == vendorOverride) is var found && found.Vendor != null
                    ? found
                    : (vendorOverride, VendorCatalog.DisplayName(vendorOverride) + " Meter");
            var (vendor, model) = entry;
            var site = Sites.ForUser(userId);
            var lastSeen = linkedAt.AddMinutes(random.Next(1, 60 * 24 * 30));

            return new JsonObject
            {
                ["id"] = id,
                ["userId"] = userId,
                ["vendor"] = vendor,
                ["lastSeen"] = VehicleFactory.Iso(lastSeen),
                ["isReachable"] = random.NextDouble() < 0.9,
                ["information"] = new JsonObject
                {
                    ["brand"] = VendorCatalog.DisplayName(vendor),
                    ["model"] = model,
                    ["siteName"] = EnergyDeviceParts.SiteName(site, random),
                    ["installationDate"] = VehicleFactory.Iso(EnergyDeviceParts.InstallationDate(random, linkedAt)),
                },
                ["energyState"] = new JsonObject
                {
                    ["power"] = Math.Round((random.NextDouble() * 2 - 0.8) * 4, 3),
                    ["lastUpdated"] = VehicleFactory.Iso(lastSeen),
                },
                ["location"] = EnergyDeviceParts.Location(site, random, lastSeen),
                ["capabilities"] = CapabilityJson.For("meter", vendor, Capabilities, random),
                ["scopes"] = new JsonArray("meter:read:data", "meter:read:location"),
                ["hemSystemId"] = null,
            };
        }
    }
}
