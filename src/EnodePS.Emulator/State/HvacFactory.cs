using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Builds realistic HVAC documents with every field of the reference's HVAC object.</summary>
    public static class HvacFactory
    {
        private static readonly (string Vendor, string Model, string Category, bool ReportsConsumption)[] Catalogue =
        {
            ("TADO", "Smart Radiator Thermostat X", "HEATING", false),
            ("NETATMO", "Smart Thermostat", "HEATING", false),
            ("NEST", "Nest Learning Thermostat", "HEATING", false),
            ("MILL", "Mill Gen 3 Oil Heater", "HEATING", true),
            ("ADAX", "Adax Neo WiFi", "HEATING", true),
            ("DAIKIN", "Stylish FTXA", "HEAT_PUMP", true),
            ("MITSUBISHI", "MSZ-LN Kirigamine", "HEAT_PUMP", true),
            ("PANASONIC", "Etherea CS-Z", "HEAT_PUMP", true),
            ("ECOBEE", "Smart Thermostat Premium", "HEAT_PUMP", false),
            ("SENSIBO", "Sensibo Air", "COOLING", false),
        };

        private static readonly string[] Rooms = { "Living room", "Bedroom", "Office", "Kitchen", "Hallway", "Basement", "Kids' room" };

        public static readonly string[] ControlCapabilities = { "setFollowSchedule", "setPermanentHold" };

        public static JsonObject Create(Random random, string id, string userId, DateTimeOffset linkedAt, string? vendorOverride = null)
        {
            var entry = Catalogue[random.Next(Catalogue.Length)];
            if (vendorOverride != null)
                entry = Array.Find(Catalogue, c => c.Vendor == vendorOverride) is var found && found.Vendor != null
                    ? found
                    : (vendorOverride, VendorCatalog.DisplayName(vendorOverride) + " Thermostat", "HEATING", false);
            var (vendor, model, category, reportsConsumption) = entry;
            var lastSeen = linkedAt.AddMinutes(random.Next(1, 60 * 24 * 30));
            var room = Rooms[random.Next(Rooms.Length)];

            var heats = category != "COOLING";
            var cools = category == "COOLING" || category == "HEAT_PUMP";
            var modes = new[] { "OFF" }.Concat(heats ? new[] { "HEAT" } : new string[0]).Concat(cools ? new[] { "COOL" } : new string[0])
                .Concat(heats && cools ? new[] { "AUTO" } : new string[0]).ToArray();
            var mode = random.NextDouble() < 0.15 ? "OFF" : modes[1 + random.Next(modes.Length - 1)];
            var heatSetpoint = mode == "HEAT" || mode == "AUTO" ? 19 + random.Next(0, 5) + 0.5 * random.Next(0, 2) : (double?)null;
            var coolSetpoint = mode == "COOL" || mode == "AUTO" ? 23 + random.Next(0, 4) : (double?)null;
            if (mode == "AUTO" && coolSetpoint - heatSetpoint < 2) coolSetpoint = heatSetpoint + 3;
            var temperature = Math.Round(17.5 + random.NextDouble() * 6, 1);
            var active = (heatSetpoint.HasValue && temperature < heatSetpoint) || (coolSetpoint.HasValue && temperature > coolSetpoint);
            var consumption = !reportsConsumption ? (double?)null : active ? Math.Round(0.4 + random.NextDouble() * 1.6, 2) : 0.0;

            var hasControl = random.NextDouble() < 0.9;
            var capabilities = new JsonObject
            {
                ["capableModes"] = new JsonArray(modes.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray()),
                ["coolSetpointRange"] = cools ? Range(16, 32) : null,
                ["heatSetpointRange"] = heats ? Range(5, 30) : null,
                ["setpointDifferenceRange"] = heats && cools ? Range(2, 10) : null,
            };
            foreach (var pair in CapabilityJson.For("hvac", vendor, ControlCapabilities, random))
                capabilities[pair.Key] = hasControl ? pair.Value!.DeepClone() : CapabilityJson.NotCapable(new string[0]);

            return new JsonObject
            {
                ["id"] = id,
                ["userId"] = userId,
                ["vendor"] = vendor,
                ["lastSeen"] = VehicleFactory.Iso(lastSeen),
                ["isReachable"] = random.NextDouble() < 0.9,
                ["consumptionRate"] = consumption,
                ["information"] = new JsonObject
                {
                    ["brand"] = VendorCatalog.DisplayName(vendor),
                    ["model"] = model,
                    ["displayName"] = DisplayName(room, category),
                    ["groupName"] = random.NextDouble() < 0.7 ? room : null,
                    ["category"] = category,
                },
                ["temperatureState"] = new JsonObject
                {
                    ["currentTemperature"] = temperature,
                    ["isActive"] = active,
                    ["lastUpdated"] = VehicleFactory.Iso(lastSeen),
                },
                ["thermostatState"] = new JsonObject
                {
                    ["mode"] = mode,
                    ["heatSetpoint"] = heatSetpoint,
                    ["coolSetpoint"] = coolSetpoint,
                    ["holdType"] = mode == "OFF" ? null : random.NextDouble() < 0.5 ? "PERMANENT" : "SCHEDULED",
                    ["lastUpdated"] = VehicleFactory.Iso(lastSeen),
                },
                ["scopes"] = hasControl ? new JsonArray("hvac:read:data", "hvac:control:mode") : new JsonArray("hvac:read:data"),
                ["capabilities"] = capabilities,
                ["location"] = new JsonObject { ["id"] = null },
            };
        }

        /// <summary>"Living room heat pump": the room and what kind of unit it is.</summary>
        public static string DisplayName(string room, string category) =>
            room + " " + (category == "HEAT_PUMP" ? "heat pump" : category == "COOLING" ? "air conditioner" : "thermostat");

        private static JsonObject Range(double min, double max) => new JsonObject { ["min"] = min, ["max"] = max };
    }
}
