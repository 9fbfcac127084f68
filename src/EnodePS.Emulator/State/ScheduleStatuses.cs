using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Computes a schedule's status (GET /schedules/{id}/status) from the schedule, its target's charge state, the
    /// target's location and any smart override; announces changes with "user:schedule:execution-updated".
    /// Call under the state's lock.
    /// </summary>
    public static class ScheduleStatuses
    {
        public static JsonObject Compute(EmulatorState state, Record schedule)
        {
            var body = schedule.Body;
            var now = state.Clock.UtcNow;
            var targetType = (string)body["targetType"]!;
            var targetId = (string)body["targetId"]!;
            var target = DeviceFactories.TableFor(state, targetType).Find(targetId);
            var locationId = (string?)body["locationId"];
            var zone = ClockTimes.Zone(locationId == null ? null : (string?)state.Locations.Find(locationId)?.Body["timezoneName"]);
            var timeline = new ScheduleTimeline(body, zone);
            var smartOverride = SmartOverrides.Active(state, targetId);

            var shouldCharge = timeline.ShouldChargeAt(now);
            var isPluggedIn = target != null && DeviceReadings.IsPluggedIn(target.Body);
            var needsCharge = target != null && DeviceReadings.NeedsCharge(target.Body);
            var isCharging = target != null && DeviceReadings.IsCharging(target.Body);
            var expected = shouldCharge && isPluggedIn && needsCharge;

            string statusState;
            if ((bool?)body["isEnabled"] != true) statusState = "INACTIVE:DISABLED";
            else if (target == null) statusState = "INACTIVE:INCAPABLE";
            else if (smartOverride != null) statusState = "INACTIVE:OVERRIDDEN";
            else if (locationId != null && DeviceReadings.LocationId(target.Body) != locationId) statusState = "INACTIVE:AWAY";
            else statusState = isCharging == expected ? "ALIGNED" : "MISALIGNED";

            var transitions = new JsonArray();
            foreach (var (at, value) in timeline.Transitions(now, 2))
                transitions.Add(new JsonObject { ["at"] = VehicleFactory.Iso(at), ["shouldCharge"] = value });

            var status = new JsonObject
            {
                ["scheduleId"] = schedule.Id,
                ["scheduleType"] = "CHARGE",
                ["changedAt"] = null,
                ["state"] = statusState,
                ["isCharging"] = isCharging,
                ["isChargingExpected"] = expected,
                ["isChargingExpectedParts"] = new JsonObject
                {
                    ["needsCharge"] = needsCharge,
                    ["isPluggedIn"] = isPluggedIn,
                    ["shouldCharge"] = shouldCharge,
                },
                ["upcomingTransitions"] = transitions,
                ["smartOverride"] = SmartOverrides.Embedded(smartOverride),
            };

            var changed = StatusBook.Record(state.ScheduleStatuses, schedule.Id, schedule.UserId, status, now, "changedAt", "upcomingTransitions");
            if (changed.Count > 0)
            {
                var updatedFields = new JsonArray();
                foreach (var field in changed) updatedFields.Add(field);
                state.Events.Publish("user:schedule:execution-updated", new JsonObject
                {
                    ["user"] = new JsonObject { ["id"] = schedule.UserId },
                    ["status"] = status.DeepClone(),
                    ["schedule"] = body.DeepClone(),
                    ["updatedFields"] = updatedFields,
                });
            }
            return status;
        }
    }
}
