using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Builds realistic vehicle documents with every field of the reference's Vehicle object.</summary>
    public static class VehicleFactory
    {
        private static readonly (string Vendor, string Brand, string[] Models, double Capacity)[] Catalogue =
        {
            ("TESLA", "Tesla", new[] { "Model 3", "Model Y", "Model S" }, 75),
            ("VOLKSWAGEN", "Volkswagen", new[] { "ID.3", "ID.4", "ID.Buzz" }, 77),
            ("BMW", "BMW", new[] { "i4", "iX3", "i3" }, 80),
            ("KIA", "Kia", new[] { "EV6", "Niro EV" }, 64),
            ("HYUNDAI", "Hyundai", new[] { "Ioniq 5", "Kona Electric" }, 72.6),
            ("NISSAN", "Nissan", new[] { "Leaf", "Ariya" }, 59),
            ("POLESTAR", "Polestar", new[] { "Polestar 2" }, 78),
            ("AUDI", "Audi", new[] { "Q4 e-tron", "e-tron GT" }, 82),
            ("RENAULT", "Renault", new[] { "Zoe", "Megane E-Tech" }, 52),
            ("VOLVO", "Volvo", new[] { "EX30", "XC40 Recharge" }, 69),
        };

        public static readonly string[] Capabilities =
        {
            "information", "chargeState", "location", "odometer", "setMaxCurrent", "startCharging", "stopCharging", "smartCharging",
        };

        public static JsonObject Create(Random random, string id, string userId, DateTimeOffset linkedAt, string? vendorOverride = null)
        {
            var entry = Catalogue[random.Next(Catalogue.Length)];
            if (vendorOverride != null)
                entry = Array.Find(Catalogue, c => c.Vendor == vendorOverride) is var found && found.Vendor != null
                    ? found
                    : (vendorOverride, vendorOverride.Substring(0, 1) + vendorOverride.Substring(1).ToLowerInvariant(), new[] { "EV" }, 60);
            var (vendor, brand, models, capacity) = entry;
            var model = models[random.Next(models.Length)];
            var batteryLevel = random.Next(5, 101);
            var pluggedIn = random.NextDouble() < 0.5;
            var charging = pluggedIn && batteryLevel < 80 && random.NextDouble() < 0.5;
            var chargeLimit = 80 + 10 * random.Next(0, 3);
            var fullyCharged = pluggedIn && batteryLevel >= chargeLimit;
            var lastSeen = linkedAt.AddMinutes(random.Next(1, 60 * 24 * 30));

            return new JsonObject
            {
                ["id"] = id,
                ["userId"] = userId,
                ["vendor"] = vendor,
                ["lastSeen"] = Iso(lastSeen),
                ["isReachable"] = random.NextDouble() < 0.9,
                ["information"] = new JsonObject
                {
                    ["vin"] = Vin(random),
                    ["brand"] = brand,
                    ["model"] = model,
                    ["year"] = 2019 + random.Next(0, 6),
                    ["displayName"] = random.NextDouble() < 0.5 ? $"{brand} {model}" : null,
                    ["imageUrl"] = null,
                },
                ["chargeState"] = new JsonObject
                {
                    ["batteryLevel"] = batteryLevel,
                    ["range"] = Math.Round(batteryLevel * capacity * 0.06, 1),
                    ["isPluggedIn"] = pluggedIn,
                    ["isCharging"] = charging,
                    ["isFullyCharged"] = fullyCharged,
                    ["batteryCapacity"] = capacity,
                    ["chargeLimit"] = chargeLimit,
                    ["chargeRate"] = charging ? 7.4 : (double?)null,
                    ["chargeTimeRemaining"] = charging ? (chargeLimit - batteryLevel) * 6 : (int?)null,
                    ["lastUpdated"] = Iso(lastSeen),
                    ["maxCurrent"] = 16,
                    ["powerDeliveryState"] = !pluggedIn ? "UNPLUGGED"
                        : charging ? "PLUGGED_IN:CHARGING"
                        : fullyCharged ? "PLUGGED_IN:COMPLETE" : "PLUGGED_IN:STOPPED",
                    ["pluggedInChargerId"] = null,
                },
                ["smartChargingPolicy"] = new JsonObject
                {
                    ["isEnabled"] = false,
                    ["deadline"] = null,
                    ["minimumChargeLimit"] = 0,
                },
                ["odometer"] = new JsonObject
                {
                    ["distance"] = random.Next(1000, 120000),
                    ["lastUpdated"] = Iso(lastSeen),
                },
                ["capabilities"] = AllCapable(),
                ["scopes"] = new JsonArray("vehicle:read:data", "vehicle:read:location", "vehicle:control:charging"),
                ["location"] = new JsonObject
                {
                    ["longitude"] = Math.Round(10.7 + random.NextDouble(), 5),
                    ["latitude"] = Math.Round(59.9 + random.NextDouble(), 5),
                    ["lastUpdated"] = Iso(lastSeen),
                    ["id"] = null,
                },
            };
        }

        private static JsonObject AllCapable()
        {
            var capabilities = new JsonObject();
            foreach (var name in Capabilities)
                capabilities[name] = new JsonObject { ["isCapable"] = true, ["interventionIds"] = new JsonArray() };
            return capabilities;
        }

        private static string Vin(Random random)
        {
            const string alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
            var chars = new char[17];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            return new string(chars);
        }

        public static string Iso(DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }
}
