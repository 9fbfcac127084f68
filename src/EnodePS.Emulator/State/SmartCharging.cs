using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Smart charging of vehicles. The policy lives in the vehicle document (smartChargingPolicy), so GET /vehicles
    /// always shows what PUT .../smart-charging-policy set. While it is enabled and the vehicle is plugged in and
    /// below its charge limit, a plan picks the cheapest window before the deadline; when the window has passed the
    /// plan finishes and the vehicle is at its limit. Call under the state's lock.
    /// </summary>
    public static class SmartCharging
    {
        public const double DefaultChargeRateKw = 7.4;

        public static JsonObject Policy(Record vehicle) => (JsonObject)vehicle.Body["smartChargingPolicy"]!;

        public static Record? ActivePlan(EmulatorState state, string vehicleId) =>
            state.SmartChargingPlans.All.FirstOrDefault(p => (string?)p.Body["vehicleId"] == vehicleId && p.Body["endedAt"] == null);

        public static Record? LatestPlan(EmulatorState state, string vehicleId) =>
            state.SmartChargingPlans.All.FirstOrDefault(p => (string?)p.Body["vehicleId"] == vehicleId);

        /// <summary>Applies the fields given; answers the changed ones ("smartChargingPolicy.deadline", ...).</summary>
        public static IReadOnlyList<string> UpdatePolicy(EmulatorState state, Record vehicle, bool? isEnabled, string? deadline, double? minimumChargeLimit)
        {
            var policy = Policy(vehicle);
            var changed = new List<string>();
            void Set(string field, JsonNode value)
            {
                if (JsonNode.DeepEquals(policy[field], value)) return;
                policy[field] = value;
                changed.Add("smartChargingPolicy." + field);
            }
            if (isEnabled.HasValue) Set("isEnabled", isEnabled.Value);
            if (deadline != null) Set("deadline", deadline);
            if (minimumChargeLimit.HasValue) Set("minimumChargeLimit", minimumChargeLimit.Value);

            var active = ActivePlan(state, vehicle.Id);
            if (active != null && (bool?)policy["isEnabled"] != true) End(state, active, "PLAN:ENDED:DISABLED");
            else if (active != null && changed.Contains("smartChargingPolicy.deadline")) End(state, active, "PLAN:ENDED:DEADLINE_CHANGED");

            if (changed.Count > 0)
            {
                var fields = new JsonArray();
                foreach (var field in changed) fields.Add(field);
                state.Events.Publish("user:vehicle:updated", new JsonObject
                {
                    ["user"] = new JsonObject { ["id"] = vehicle.UserId },
                    ["vehicle"] = vehicle.Body.DeepClone(),
                    ["updatedFields"] = fields,
                });
            }
            Refresh(state, vehicle);
            return changed;
        }

        /// <summary>Brings plans up to date with the clock and the vehicle, and answers the vehicle's smart charging status.</summary>
        public static JsonObject Refresh(EmulatorState state, Record vehicle)
        {
            var now = state.Clock.UtcNow;
            var active = ActivePlan(state, vehicle.Id);
            if (active != null && now >= Time(active.Body["estimatedFinishAt"])) Finish(state, vehicle, active);
            else if (active != null && !DeviceReadings.IsPluggedIn(vehicle.Body)) End(state, active, "PLAN:ENDED:UNPLUGGED");

            var policy = Policy(vehicle);
            var enabled = (bool?)policy["isEnabled"] == true && (string?)policy["deadline"] != null;
            if (enabled && ActivePlan(state, vehicle.Id) == null && DeviceReadings.IsPluggedIn(vehicle.Body) && DeviceReadings.NeedsCharge(vehicle.Body))
                state.SmartChargingPlans.Add(NewPlan(state, vehicle));
            return Status(state, vehicle);
        }

        private static JsonObject Status(EmulatorState state, Record vehicle)
        {
            var now = state.Clock.UtcNow;
            var plan = ActivePlan(state, vehicle.Id);
            var smartOverride = SmartOverrides.Active(state, vehicle.Id);
            var body = vehicle.Body;
            string status;
            JsonNode? consideration = null;
            if ((bool?)Policy(vehicle)["isEnabled"] != true) status = "DISABLED";
            else if (plan != null)
                status = smartOverride != null ? "PLAN:EXECUTING:OVERRIDDEN"
                    : now < Time(plan.Body["startAt"]) ? "PLAN:EXECUTING:STOPPED:AWAITING_PRICES"
                    : "PLAN:EXECUTING:STARTED";
            else if (!DeviceReadings.NeedsCharge(body)) status = "FULLY_CHARGED";
            else
            {
                status = "CONSIDERING";
                consideration = new JsonObject
                {
                    ["isPluggedIn"] = DeviceReadings.IsPluggedIn(body),
                    ["isCharging"] = DeviceReadings.IsCharging(body),
                    ["atChargingLocation"] = DeviceReadings.LocationId(body) != null,
                    ["hasTimeEstimate"] = body["chargeState"]?["batteryCapacity"] != null,
                };
            }

            var result = new JsonObject
            {
                ["updatedAt"] = VehicleFactory.Iso(now),
                ["vehicleId"] = vehicle.Id,
                ["userId"] = vehicle.UserId,
                ["vendor"] = body["vendor"]?.DeepClone(),
                ["state"] = status,
                ["stateChangedAt"] = null,
                ["consideration"] = consideration,
                ["plan"] = plan?.Body.DeepClone(),
                ["smartOverride"] = SmartOverrides.Embedded(smartOverride),
            };
            var changed = StatusBook.Record(state.SmartChargingStatuses, vehicle.Id, vehicle.UserId, result, now, "stateChangedAt", "updatedAt");
            if (changed.Count > 0)
            {
                var fields = new JsonArray();
                foreach (var field in changed) fields.Add(field);
                state.Events.Publish("user:vehicle:smart-charging-status-updated", new JsonObject
                {
                    ["user"] = new JsonObject { ["id"] = vehicle.UserId },
                    ["smartChargingStatus"] = result.DeepClone(),
                    ["updatedFields"] = fields,
                });
            }
            return result;
        }

        /// <summary>
        /// A plan for the energy the vehicle lacks: charging stops now and resumes at the start of the cheapest window
        /// (in quarter hours) that still ends by the deadline, read in the zone of the vehicle's location.
        /// </summary>
        private static Record NewPlan(EmulatorState state, Record vehicle)
        {
            var now = state.Clock.UtcNow;
            var body = vehicle.Body;
            var chargeState = (JsonObject)body["chargeState"]!;
            var capacity = JsonNumbers.Read(chargeState["batteryCapacity"]) ?? 60;
            var level = JsonNumbers.Read(chargeState["batteryLevel"]) ?? 50;
            var limit = JsonNumbers.Read(chargeState["chargeLimit"]) ?? 100;
            var rate = JsonNumbers.Read(chargeState["chargeRate"]) ?? DefaultChargeRateKw;
            var energy = Math.Max(0, (limit - level) / 100 * capacity);
            var quarters = Math.Max(1, (int)Math.Ceiling(energy / rate * 4));

            var locationId = DeviceReadings.LocationId(body);
            var zone = ClockTimes.Zone(locationId == null ? null : (string?)state.Locations.Find(locationId)?.Body["timezoneName"]);
            var deadline = NextDeadline(now, (string)Policy(vehicle)["deadline"]!, zone);
            var start = Quarter(now);
            var nonSmartCost = Cost(start, quarters, energy);
            var bestStart = start;
            var bestCost = nonSmartCost;
            for (var candidate = start.AddMinutes(15); candidate.AddMinutes(15 * quarters) <= deadline; candidate = candidate.AddMinutes(15))
            {
                var cost = Cost(candidate, quarters, energy);
                if (cost < bestCost) { bestCost = cost; bestStart = candidate; }
            }

            var id = state.Ids.Next();
            return new Record(id, vehicle.UserId, now, new JsonObject
            {
                ["id"] = id,
                ["vehicleId"] = vehicle.Id,
                ["userId"] = vehicle.UserId,
                ["locationId"] = locationId,
                ["vendor"] = body["vendor"]?.DeepClone(),
                ["currency"] = EnergyPrices.Currency,
                ["nonSmartCost"] = Math.Round(nonSmartCost, 2),
                ["smartCost"] = Math.Round(bestCost, 2),
                ["stopAt"] = VehicleFactory.Iso(now),
                ["startAt"] = VehicleFactory.Iso(bestStart),
                ["estimatedFinishAt"] = VehicleFactory.Iso(bestStart.AddMinutes(15 * quarters)),
                ["stopConfirmedAt"] = VehicleFactory.Iso(now),
                ["startConfirmedAt"] = null,
                ["endedAt"] = null,
                ["finalState"] = null,
                ["failureCondition"] = null,
            });
        }

        private static void Finish(EmulatorState state, Record vehicle, Record plan)
        {
            plan.Body["startConfirmedAt"] = plan.Body["startAt"]!.DeepClone();
            plan.Body["endedAt"] = plan.Body["estimatedFinishAt"]!.DeepClone();
            plan.Body["finalState"] = "PLAN:ENDED:FINISHED";
            var chargeState = (JsonObject)vehicle.Body["chargeState"]!;
            chargeState["batteryLevel"] = chargeState["chargeLimit"]?.DeepClone();
            chargeState["isCharging"] = false;
            chargeState["isFullyCharged"] = true;
            chargeState["chargeRate"] = null;
            chargeState["chargeTimeRemaining"] = null;
            chargeState["powerDeliveryState"] = "PLUGGED_IN:COMPLETE";
            chargeState["lastUpdated"] = plan.Body["estimatedFinishAt"]!.DeepClone();
        }

        private static void End(EmulatorState state, Record plan, string finalState)
        {
            plan.Body["endedAt"] = VehicleFactory.Iso(state.Clock.UtcNow);
            plan.Body["finalState"] = finalState;
        }

        private static double Cost(DateTimeOffset start, int quarters, double energy)
        {
            var perQuarter = energy / quarters;
            var cost = 0.0;
            for (var q = 0; q < quarters; q++) cost += perQuarter * EnergyPrices.At(start.AddMinutes(15 * q));
            return cost;
        }

        /// <summary>The next time the local clock shows the deadline, at least an hour from now.</summary>
        private static DateTimeOffset NextDeadline(DateTimeOffset now, string deadline, TimeZoneInfo zone)
        {
            var local = TimeZoneInfo.ConvertTime(now, zone).DateTime.Date;
            var candidate = ClockTimes.ToUtc(local.AddMinutes(ClockTimes.Minutes(deadline)), zone);
            while (candidate < now.AddHours(1)) candidate = ClockTimes.ToUtc((local = local.AddDays(1)).AddMinutes(ClockTimes.Minutes(deadline)), zone);
            return candidate;
        }

        private static DateTimeOffset Quarter(DateTimeOffset instant)
        {
            var utc = instant.ToUniversalTime();
            return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute / 15 * 15, 0, TimeSpan.Zero);
        }

        private static DateTimeOffset Time(JsonNode? node) =>
            DateTimeOffset.Parse((string)node!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
