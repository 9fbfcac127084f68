using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Makes the seeded data one in which every feature can succeed, as the help examples and the demo show them:
    /// data minutes old (the vendor is reachable); the first user's first vehicle and charger plugged in and able to
    /// start, the second user's charging, the third user's unplugged; a vehicle that smart charges with a plan; an HVAC unit in
    /// the living room that can hold and follow its schedule, a battery whose mode can change, a home location per
    /// user with a time-of-use tariff schedule, and a user whose vendor credentials have become invalid (relink).
    /// Each scenario is applied when the counts leave room for it. The records it adds have name-based ids, so that the
    /// ids drawn from the seed stay what they were.
    /// </summary>
    public static class DemoScenarios
    {
        public const string TariffId = "home-tou";
        public const string LivingRoom = "Living room";

        /// <summary>
        /// While a vendor is reachable its data is minutes old (the guide on device data); an unreachable device was
        /// last seen hours ago. Every reading's lastUpdated follows lastSeen. (HEM systems and their members are
        /// stamped when their readings are computed.)
        /// </summary>
        public static void MakeRecent(EmulatorState state) =>
            MakeRecent(state, state.Vehicles, state.Chargers, state.Hvacs, state.Inverters, state.Batteries, state.Meters);

        private static void MakeRecent(EmulatorState state, params RecordTable[] tables)
        {
            var now = state.Clock.UtcNow;
            foreach (var table in tables)
                for (var i = 0; i < table.All.Count; i++) MakeRecent(table.All[i].Body, now, i);
        }

        public static DateTimeOffset RecentlySeen(DateTimeOffset now, int index, bool reachable) =>
            reachable ? now.AddMinutes(-(1 + index * 7 % 14)) : now.AddHours(-(3 + index % 20));

        /// <summary>
        /// Applied last, so that the generated data (ids, random draws, the homes' energy) stay what the seed gives.
        /// </summary>
        public static void Apply(EmulatorState state)
        {
            var vehicles = state.Vehicles.All;
            if (vehicles.Count > 0) VehicleCharge(vehicles[0], pluggedIn: true, charging: false, level: 24);
            if (vehicles.Count > 1) VehicleCharge(vehicles[1], pluggedIn: true, charging: true, level: 52);
            if (vehicles.Count > 2) VehicleCharge(vehicles[2], pluggedIn: false, charging: false, level: 64);
            if (vehicles.Count > 3) VehicleCharge(vehicles[3], pluggedIn: false, charging: false, level: 78);
            if (vehicles.Count > 4) SmartChargingWithPlan(state, vehicles[4]);

            var chargers = state.Chargers.All;
            for (var i = 0; i < Math.Min(4, chargers.Count); i++)
                ControllableCharger(chargers[i], pluggedIn: i < 2, charging: i == 1);
            if (chargers.Count > 2) NeedsRemoteControl(chargers[2]);

            if (state.Hvacs.All.Count > 0) ControllableHvac(state.Hvacs.All[0]);
            if (state.Batteries.All.Count > 0) ControllableBattery(state.Batteries.All[0]);

            HomeLocations(state);
            Schedules(state);
            if (state.Users.All.Count > 1 && vehicles.Count > 0) InvalidCredentials(state, vehicles[vehicles.Count - 1]);
            MakeRecent(state, state.Vehicles, state.Chargers, state.Hvacs); // the devices made reachable above
        }

        private static void MakeRecent(JsonObject device, DateTimeOffset now, int index)
        {
            var seen = RecentlySeen(now, index, (bool?)device["isReachable"] != false);
            device["lastSeen"] = VehicleFactory.Iso(seen);
            foreach (var part in device.Select(p => p.Value).OfType<JsonObject>())
                if (part["lastUpdated"] != null && part != device["config"]) part["lastUpdated"] = VehicleFactory.Iso(seen);
            if (device["config"] is JsonObject config && config["lastUpdated"] != null)
                config["lastUpdated"] = VehicleFactory.Iso(seen.AddHours(-(2 + index % 30)));
        }

        private static void VehicleCharge(Record vehicle, bool pluggedIn, bool charging, int level)
        {
            var body = vehicle.Body;
            body["isReachable"] = true;
            var charge = (JsonObject)body["chargeState"]!;
            var capacity = (double)charge["batteryCapacity"]!;
            var limit = (int)charge["chargeLimit"]!;
            charge["batteryLevel"] = level;
            charge["range"] = Math.Round(level * capacity * 0.06, 1);
            charge["isPluggedIn"] = pluggedIn;
            charge["isCharging"] = charging;
            charge["isFullyCharged"] = false;
            charge["chargeRate"] = charging ? 7.4 : (double?)null;
            charge["chargeTimeRemaining"] = charging ? (limit - level) * 6 : (int?)null;
            charge["powerDeliveryState"] = !pluggedIn ? "UNPLUGGED" : charging ? "PLUGGED_IN:CHARGING" : "PLUGGED_IN:STOPPED";
        }

        /// <summary>Plugged in below its limit with smart charging on and a 07:00 deadline: a plan picks the cheapest hours.</summary>
        private static void SmartChargingWithPlan(EmulatorState state, Record vehicle)
        {
            VehicleCharge(vehicle, pluggedIn: true, charging: false, level: 41);
            var policy = SmartCharging.Policy(vehicle);
            policy["isEnabled"] = true;
            policy["deadline"] = "07:00";
            policy["minimumChargeLimit"] = 20; // the plan is made when the vehicle is next read, as after any change
        }

        private static void ControllableCharger(Record charger, bool pluggedIn, bool charging)
        {
            var body = charger.Body;
            body["isReachable"] = true;
            body["scopes"] = new JsonArray("charger:read:data", "charger:control:charging");
            var capabilities = (JsonObject)body["capabilities"]!;
            foreach (var name in new[] { "startCharging", "stopCharging", "setMaxCurrent", "setChargeRateLimit" })
            {
                var capability = (JsonObject)capabilities[name]!;
                capability["isCapable"] = true;
                capability["interventionIds"] = new JsonArray();
            }
            var charge = (JsonObject)body["chargeState"]!;
            var current = (int)charge["maxCurrent"]!;
            charge["isPluggedIn"] = pluggedIn;
            charge["isCharging"] = charging;
            charge["chargeRate"] = charging ? Math.Round(Math.Min(current, 32) * 230.0 * 3 / 1000 * 0.95, 2) : (double?)null;
            charge["powerDeliveryState"] = !pluggedIn ? "UNPLUGGED" : charging ? "PLUGGED_IN:CHARGING" : "PLUGGED_IN:STOPPED";
        }

        /// <summary>The living-room unit: reachable, with the control scope, able to hold and to follow its schedule.</summary>
        private static void ControllableHvac(Record hvac)
        {
            var body = hvac.Body;
            body["isReachable"] = true;
            body["scopes"] = new JsonArray("hvac:read:data", "hvac:control:mode");
            var information = (JsonObject)body["information"]!;
            information["groupName"] = LivingRoom;
            information["displayName"] = HvacFactory.DisplayName(LivingRoom, (string)information["category"]!);
            var capabilities = (JsonObject)body["capabilities"]!;
            foreach (var name in HvacFactory.ControlCapabilities) capabilities[name] = CapabilityJson.Capable();
            var thermostat = (JsonObject)body["thermostatState"]!;
            if ((string?)thermostat["mode"] == "OFF")
            {
                var modes = ((JsonArray)capabilities["capableModes"]!).Select(m => (string)m!).ToList();
                var mode = modes.Contains("HEAT") ? "HEAT" : "COOL";
                thermostat["mode"] = mode;
                thermostat[mode == "HEAT" ? "heatSetpoint" : "coolSetpoint"] = mode == "HEAT" ? 21.0 : 24.0;
            }
            thermostat["holdType"] = "PERMANENT";
        }

        private static void ControllableBattery(Record battery)
        {
            var body = battery.Body;
            body["isReachable"] = true;
            body["scopes"] = new JsonArray("battery:read:data", "battery:read:location", "battery:control:operation_mode");
            var capabilities = (JsonObject)body["capabilities"]!;
            foreach (var name in BatteryFactory.OperationModeCapabilities) capabilities[name] = CapabilityJson.Capable();
        }

        /// <summary>
        /// A time-of-use tariff (peak and off-peak) and one "Home" location per user at the user's site, on that tariff:
        /// off-peak at night and at weekends, peak on weekday days. One of them is still on UTC.
        /// </summary>
        private static void HomeLocations(EmulatorState state)
        {
            var epoch = state.Options.SeedEpoch;
            state.Tariffs.Add(new Record(TariffId, null, epoch, new JsonObject
            {
                ["tariffId"] = TariffId,
                ["rates"] = new JsonArray(
                    new JsonObject { ["name"] = "PEAK", ["cost"] = "0.35" },
                    new JsonObject { ["name"] = "OFF_PEAK", ["cost"] = "0.12" }),
            }));

            var users = state.Users.All.ToList();
            foreach (var user in users)
            {
                var site = Sites.ForUser(user.Id);
                // The third user's home was created without a time zone and is still on UTC, the API's default.
                var timeZone = users.Count > 2 && user == users[2] ? "UTC" : site.TimeZone;
                var id = DeterministicIds.FromName("demo-home|" + user.Id);
                var location = new JsonObject
                {
                    ["name"] = "Home",
                    ["latitude"] = site.Latitude,
                    ["longitude"] = site.Longitude,
                    ["timezoneName"] = timeZone,
                    ["id"] = id,
                    ["userId"] = user.Id,
                    ["createdAt"] = VehicleFactory.Iso(user.CreatedAt),
                };
                state.Locations.Add(new Record(id, user.Id, user.CreatedAt, location));
                state.LocationTariffs.Add(new Record(id, user.Id, user.CreatedAt, new JsonObject
                {
                    ["locationId"] = id,
                    ["tariffId"] = TariffId,
                    ["tariffIntervals"] = new JsonArray(
                        Interval("OFF_PEAK", "22:00", "07:00", null),
                        Interval("PEAK", "07:00", "22:00", new[] { 0, 1, 2, 3, 4 }),
                        Interval("OFF_PEAK", "07:00", "22:00", new[] { 5, 6 })),
                }));
            }
        }

        /// <summary>
        /// The third user's charger cannot be controlled until the installer allows remote control: its capabilities
        /// name the intervention (when the catalogue has one for its vendor).
        /// </summary>
        private static void NeedsRemoteControl(Record charger)
        {
            var vendor = (string)charger.Body["vendor"]!;
            var template = InterventionCatalog.Templates.FirstOrDefault(t => t.Key == "remote-control" && t.AppliesTo(vendor));
            var interventions = template == null ? new string[0] : new[] { InterventionCatalog.IdFor(template, vendor) };
            var capabilities = (JsonObject)charger.Body["capabilities"]!;
            foreach (var name in new[] { "startCharging", "stopCharging", "setMaxCurrent" })
                capabilities[name] = CapabilityJson.NotCapable(interventions);
        }

        /// <summary>
        /// The first user's schedules: an enabled one that charges the unplugged car on weekday nights at home, and a
        /// disabled weekend one for the unplugged charger.
        /// </summary>
        private static void Schedules(EmulatorState state)
        {
            if (state.Vehicles.All.Count < 4 || state.Chargers.All.Count < 4) return;
            var vehicle = state.Vehicles.All[3];
            var charger = state.Chargers.All[3];
            var home = state.Locations.All.FirstOrDefault(l => l.UserId == vehicle.UserId);
            AddSchedule(state, vehicle, "vehicle", home?.Id, isEnabled: true,
                Rule(new JsonObject { ["from"] = "22:00", ["to"] = "06:00" }, new[] { 0, 1, 2, 3, 4 }, shouldCharge: true));
            AddSchedule(state, charger, "charger", home?.Id, isEnabled: false,
                Rule(null, new[] { 5, 6 }, shouldCharge: true));
        }

        private static void AddSchedule(EmulatorState state, Record target, string targetType, string? locationId, bool isEnabled, JsonObject rule)
        {
            var id = DeterministicIds.FromName("demo-schedule|" + target.Id);
            var body = new JsonObject
            {
                ["targetId"] = target.Id,
                ["locationId"] = locationId,
                ["targetType"] = targetType,
                ["isEnabled"] = isEnabled,
                ["defaultShouldCharge"] = false,
                ["rules"] = new JsonArray(rule),
                ["id"] = id,
            };
            var record = new Record(id, target.UserId, state.Options.SeedEpoch, body);
            state.Schedules.Add(record);
            ScheduleStatuses.Compute(state, record);
        }

        /// <summary>A rule as the schedule routes store one: only the filters it uses (no timestamps here).</summary>
        private static JsonObject Rule(JsonObject? hourMinute, IReadOnlyList<int> weekdays, bool shouldCharge)
        {
            var rule = new JsonObject();
            if (hourMinute != null) rule["hourMinute"] = hourMinute;
            rule["weekdays"] = new JsonArray(weekdays.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray());
            rule["shouldCharge"] = shouldCharge;
            return rule;
        }

        private static JsonObject Interval(string name, string from, string to, IReadOnlyList<int>? weekdays)
        {
            var interval = new JsonObject { ["name"] = name, ["from"] = from, ["to"] = to };
            if (weekdays != null) interval["weekdays"] = new JsonArray(weekdays.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray());
            return interval;
        }

        /// <summary>The user changed their password at the vendor: the link is invalid until they relink (POST /assets/{id}/relink).</summary>
        private static void InvalidCredentials(EmulatorState state, Record vehicle)
        {
            var user = state.Users.Find(vehicle.UserId!)!;
            var vendor = (string)vehicle.Body["vendor"]!;
            foreach (var entry in (JsonArray)user.Body["linkedVendors"]!)
                if ((string?)entry!["vendor"] == vendor && (string?)entry["vendorType"] == "vehicle") entry["isValid"] = false;
        }
    }
}
