using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Builds realistic charger documents with every field of the reference's Charger object.</summary>
    public static class ChargerFactory
    {
        private static readonly (string Vendor, string[] Models, int MaxCurrent)[] Catalogue =
        {
            ("ZAPTEC", new[] { "Zaptec Go", "Zaptec Pro" }, 32),
            ("EASEE", new[] { "Easee Home", "Easee Charge" }, 32),
            ("WALLBOX", new[] { "Pulsar Plus", "Commander 2" }, 32),
            ("TESLA", new[] { "Wall Connector Gen 3" }, 32),
            ("OHME", new[] { "Ohme Home Pro", "Ohme ePod" }, 32),
            ("MYENERGI", new[] { "zappi v2" }, 32),
            ("ALFEN", new[] { "Eve Single Pro-line" }, 32),
            ("KEBA", new[] { "KeContact P30" }, 32),
            ("GARO", new[] { "GARO Entity Pro" }, 32),
        };

        public static readonly string[] Capabilities =
        {
            "information", "chargeState", "startCharging", "stopCharging", "setMaxCurrent", "setChargeRateLimit",
        };

        private static readonly string[] ControlCapabilities = { "startCharging", "stopCharging", "setMaxCurrent", "setChargeRateLimit" };

        public static JsonObject Create(Random random, string id, string userId, DateTimeOffset linkedAt, string? vendorOverride = null)
        {
            var entry = Catalogue[random.Next(Catalogue.Length)];
            if (vendorOverride != null)
                entry = Array.Find(Catalogue, c => c.Vendor == vendorOverride) is var found && found.Vendor != null
                    ? found
                    : (vendorOverride, new[] { VendorCatalog.DisplayName(vendorOverride) + " Charger" }, 32);
            var (vendor, models, maxCurrent) = entry;
            var lastSeen = linkedAt.AddMinutes(random.Next(1, 60 * 24 * 30));
            var pluggedIn = random.NextDouble() < 0.6;
            var charging = pluggedIn && random.NextDouble() < 0.5;
            var current = new[] { 10, 16, 20, 25, 32 }[random.Next(5)];
            var phases = random.NextDouble() < 0.7 ? 3 : 1;
            var rate = charging ? Math.Round(Math.Min(current, maxCurrent) * 230.0 * phases / 1000 * (0.9 + random.NextDouble() * 0.1), 2) : (double?)null;
            var maxRateLimit = Math.Round(maxCurrent * 230.0 * phases / 1000, 1);
            var hasControl = random.NextDouble() < 0.9;
            var scopes = hasControl ? new JsonArray("charger:read:data", "charger:control:charging") : new JsonArray("charger:read:data");

            var capabilities = CapabilityJson.For("charger", vendor, Capabilities, random);
            if (!hasControl)
                foreach (var name in ControlCapabilities) capabilities[name] = CapabilityJson.NotCapable(new string[0]);
            ((JsonObject)capabilities["setChargeRateLimit"]!)["allowedRange"] = new JsonObject { ["min"] = 1.4, ["max"] = maxRateLimit };

            return new JsonObject
            {
                ["id"] = id,
                ["userId"] = userId,
                ["vendor"] = vendor,
                ["lastSeen"] = VehicleFactory.Iso(lastSeen),
                ["isReachable"] = random.NextDouble() < 0.9,
                ["chargeState"] = new JsonObject
                {
                    ["isPluggedIn"] = pluggedIn,
                    ["isCharging"] = charging,
                    ["chargeRate"] = rate,
                    ["lastUpdated"] = VehicleFactory.Iso(lastSeen),
                    ["maxCurrent"] = current,
                    ["powerDeliveryState"] = !pluggedIn ? "UNPLUGGED" : charging ? "PLUGGED_IN:CHARGING" : "PLUGGED_IN:STOPPED",
                    ["pluggedInVehicleId"] = null,
                    ["chargeRateLimit"] = maxRateLimit,
                },
                ["capabilities"] = capabilities,
                ["scopes"] = scopes,
                ["information"] = new JsonObject
                {
                    ["brand"] = VendorCatalog.DisplayName(vendor),
                    ["model"] = models[random.Next(models.Length)],
                    ["year"] = 2020 + random.Next(0, 5),
                    ["serialNumber"] = SerialNumber(vendor, random),
                    ["imageUrl"] = null,
                },
                ["location"] = new JsonObject
                {
                    ["id"] = null,
                    ["lastUpdated"] = null,
                },
            };
        }

        internal static string SerialNumber(string vendor, Random random)
        {
            const string alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
            var chars = new char[10];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            return vendor.Substring(0, Math.Min(3, vendor.Length)).ToUpperInvariant() + "-" + new string(chars);
        }
    }
}
