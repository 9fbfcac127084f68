using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Builds realistic home battery documents with every field of the reference's Battery object.</summary>
    public static class BatteryFactory
    {
        private static readonly (string Vendor, string Model, double CapacityKwh)[] Catalogue =
        {
            ("TESLA", "Powerwall 2", 13.5),
            ("ENPHASE", "IQ Battery 5P", 5.0),
            ("GIVENERGY", "Giv-Bat 9.5", 9.5),
            ("HUAWEI", "LUNA2000-10-S0", 10.0),
            ("SOLAREDGE", "Home Battery 10kWh", 9.7),
            ("SMA", "Home Storage 9.8", 9.8),
            ("FOXESS", "ECS4100-H4", 10.36),
            ("SOLAX", "T-BAT H 11.5", 11.5),
            ("SOLIS", "RAI-3K-48ES", 10.0),
            ("SUNGROW", "SBR096", 9.6),
        };

        public static readonly string[] OperationModeCapabilities = { "exportFocus", "importFocus", "timeOfUse", "selfReliance", "idle" };

        private static readonly string[] OperationModes = { "SELF_RELIANCE", "SELF_RELIANCE", "TIME_OF_USE", "IMPORT_FOCUS", "EXPORT_FOCUS", "IDLE" };

        public static JsonObject Create(Random random, string id, string userId, DateTimeOffset linkedAt, string? vendorOverride = null)
        {
            var entry = Catalogue[random.Next(Catalogue.Length)];
            if (vendorOverride != null)
                entry = Array.Find(Catalogue, c => c.Vendor == vendorOverride) is var found && found.Vendor != null
                    ? found
                    : (vendorOverride, VendorCatalog.DisplayName(vendorOverride) + " Battery", 10.0);
            var (vendor, model, capacity) = entry;
            var site = Sites.ForUser(userId);
            var lastSeen = linkedAt.AddMinutes(random.Next(1, 60 * 24 * 30));
            var mode = OperationModes[random.Next(OperationModes.Length)];
            var dischargeLimit = 5 * random.Next(1, 5);
            var level = random.Next(dischargeLimit, 101);
            var rate = mode == "IDLE" ? 0.0 : Math.Round((random.NextDouble() * 2 - 1) * 3.5, 2);
            if (level >= 100 && rate > 0) rate = 0;
            if (level <= dischargeLimit && rate < 0) rate = 0;
            var hasControl = random.NextDouble() < 0.9;

            var capabilities = CapabilityJson.For("battery", vendor, OperationModeCapabilities, random);
            if (!hasControl)
                foreach (var name in OperationModeCapabilities) capabilities[name] = CapabilityJson.NotCapable(new string[0]);

            return new JsonObject
            {
                ["id"] = id,
                ["userId"] = userId,
                ["vendor"] = vendor,
                ["lastSeen"] = VehicleFactory.Iso(lastSeen),
                ["isReachable"] = random.NextDouble() < 0.9,
                ["chargeState"] = new JsonObject
                {
                    ["status"] = rate > 0 ? "CHARGING" : rate < 0 ? "DISCHARGING" : "IDLE",
                    ["batteryCapacity"] = capacity,
                    ["batteryLevel"] = level,
                    ["chargeRate"] = rate,
                    ["dischargeLimit"] = dischargeLimit,
                    ["lastUpdated"] = VehicleFactory.Iso(lastSeen),
                },
                ["config"] = new JsonObject
                {
                    ["operationMode"] = mode,
                    ["lastUpdated"] = VehicleFactory.Iso(lastSeen.AddHours(-random.Next(1, 200))),
                },
                ["information"] = new JsonObject
                {
                    ["id"] = EnergyDeviceParts.VendorDeviceId(random),
                    ["brand"] = VendorCatalog.DisplayName(vendor),
                    ["model"] = model,
                    ["siteName"] = EnergyDeviceParts.SiteName(site, random),
                    ["installationDate"] = VehicleFactory.Iso(EnergyDeviceParts.InstallationDate(random, linkedAt)),
                },
                ["capabilities"] = capabilities,
                ["scopes"] = hasControl
                    ? new JsonArray("battery:read:data", "battery:read:location", "battery:control:operation_mode")
                    : new JsonArray("battery:read:data", "battery:read:location"),
                ["location"] = EnergyDeviceParts.Location(site, random, lastSeen),
                ["hemSystemId"] = null,
            };
        }
    }
}
