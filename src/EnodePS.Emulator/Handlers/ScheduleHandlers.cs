using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Validation;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>Schedules: rules of when a vehicle or charger should charge, and their status.</summary>
    public static class ScheduleHandlers
    {
        private const string NotFound = "The specified schedule was not found.";

        private static readonly string[] Fields = { "targetId", "locationId", "targetType", "isEnabled", "defaultShouldCharge", "rules" };
        private static readonly string[] RuleFields = { "hourMinute", "fromTimestamp", "toTimestamp", "weekdays", "shouldCharge" };

        public static void Register(Router router)
        {
            router.Map("GET", "/users/{userId}/schedules", c =>
            {
                var userId = c.Route("userId");
                return Paging.List(c, c.State.Schedules, r => r.UserId == userId, Paging.Copy);
            });
            router.Map("POST", "/users/{userId}/schedules", Create);
            router.Map("GET", "/schedules/{scheduleId}", c => RecordResponses.Get(c, c.State.Schedules, c.Route("scheduleId"), "schedule"));
            router.Map("PUT", "/schedules/{scheduleId}", Update);
            router.Map("DELETE", "/schedules/{scheduleId}", Delete);
            router.Map("GET", "/schedules/{scheduleId}/status", Status);
        }

        private static EmulatorResponse Create(RouteContext c)
        {
            if (!c.TryReadJsonObject(out var json, out var problem)) return problem!;
            var body = new BodyReader(json);
            var fields = Read(body, partial: false);
            if (!body.IsValid) return body.Problem();

            lock (c.State.Gate)
            {
                var userId = c.Route("userId");
                if (c.State.Users.Find(userId) == null) return Problems.NotFound(UserHandlers.UserNotFound);
                CheckReferences(c.State, body, userId, fields);
                if (!body.IsValid) return body.Problem();

                var id = c.State.Ids.Next();
                fields["id"] = id;
                var record = new Record(id, userId, c.State.Clock.UtcNow, fields);
                c.State.Schedules.Add(record);
                ScheduleStatuses.Compute(c.State, record);
                return EmulatorResponse.Json(200, Paging.Copy(record));
            }
        }

        /// <summary>A partial update: fields left out keep their values; "locationId": null clears the location.</summary>
        private static EmulatorResponse Update(RouteContext c)
        {
            if (!c.TryReadJsonObject(out var json, out var problem)) return problem!;
            var body = new BodyReader(json);
            var fields = Read(body, partial: true);
            if (!body.IsValid) return body.Problem();

            lock (c.State.Gate)
            {
                var record = c.State.Schedules.Find(c.Route("scheduleId"));
                if (record == null) return Problems.NotFound(NotFound);
                var merged = (JsonObject)record.Body.DeepClone();
                foreach (var field in fields.ToList()) merged[field.Key] = field.Value?.DeepClone();
                CheckReferences(c.State, body, record.UserId!, merged);
                if (!body.IsValid) return body.Problem();

                foreach (var field in fields.ToList()) record.Body[field.Key] = field.Value?.DeepClone();
                ScheduleStatuses.Compute(c.State, record);
                return EmulatorResponse.Json(200, Paging.Copy(record));
            }
        }

        private static EmulatorResponse Delete(RouteContext c)
        {
            lock (c.State.Gate)
            {
                var id = c.Route("scheduleId");
                if (!c.State.Schedules.Remove(id)) return Problems.NotFound(NotFound);
                c.State.ScheduleStatuses.Remove(id);
            }
            return EmulatorResponse.NoContent();
        }

        private static EmulatorResponse Status(RouteContext c)
        {
            lock (c.State.Gate)
            {
                var record = c.State.Schedules.Find(c.Route("scheduleId"));
                return record == null
                    ? Problems.NotFound(NotFound)
                    : EmulatorResponse.Json(200, ScheduleStatuses.Compute(c.State, record));
            }
        }

        /// <summary>The schedule fields the body holds, checked and in the reference's order.</summary>
        private static JsonObject Read(BodyReader body, bool partial)
        {
            body.RejectUnknown(Fields);
            var result = new JsonObject();
            var targetId = body.String("targetId", !partial);
            if (targetId != null) result["targetId"] = targetId;
            var locationId = body.NullableString("locationId", !partial, out var locationIsNull);
            if (locationId != null || locationIsNull) result["locationId"] = locationId;
            var targetType = body.String("targetType", !partial, ReferenceValues.ScheduleTargetTypes);
            if (targetType != null) result["targetType"] = targetType;
            var isEnabled = body.Bool("isEnabled", !partial);
            if (isEnabled != null) result["isEnabled"] = isEnabled;
            var defaultShouldCharge = body.Bool("defaultShouldCharge", !partial);
            if (defaultShouldCharge != null) result["defaultShouldCharge"] = defaultShouldCharge;
            var rules = body.Array("rules", !partial);
            if (rules != null) result["rules"] = ReadRules(body, rules);
            return result;
        }

        private static JsonArray ReadRules(BodyReader body, JsonArray rules)
        {
            var result = new JsonArray();
            for (var i = 0; i < rules.Count; i++)
            {
                if (!(rules[i] is JsonObject json))
                {
                    body.Fail("must be an object", "rules", i);
                    continue;
                }
                var rule = new BodyReader(json, "rules", i);
                rule.RejectUnknown(RuleFields);
                // A rule is answered with the filters it uses: the reference marks them optional and types them
                // without "or null", so an unused filter is left out rather than answered as null (docs/emulator.md).
                var normalised = new JsonObject();

                var hourMinute = rule.Object("hourMinute", false);
                if (hourMinute != null)
                {
                    var interval = new BodyReader(hourMinute, "rules", i, "hourMinute");
                    interval.RejectUnknown("from", "to");
                    var from = ClockTime(interval, "from");
                    var to = ClockTime(interval, "to");
                    rule.Absorb(interval);
                    if (from != null && to != null) normalised["hourMinute"] = new JsonObject { ["from"] = from, ["to"] = to };
                }

                var fromTimestamp = rule.Timestamp("fromTimestamp", false);
                var toTimestamp = rule.Timestamp("toTimestamp", false);
                if (fromTimestamp.HasValue) normalised["fromTimestamp"] = VehicleFactory.Iso(fromTimestamp.Value);
                if (toTimestamp.HasValue) normalised["toTimestamp"] = VehicleFactory.Iso(toTimestamp.Value);
                if (fromTimestamp.HasValue && toTimestamp.HasValue && fromTimestamp >= toTimestamp)
                    rule.Fail("must be after fromTimestamp", "toTimestamp");

                var weekdays = rule.Array("weekdays", false);
                if (weekdays != null) normalised["weekdays"] = ReadWeekdays(rule, weekdays);

                var shouldCharge = rule.Bool("shouldCharge", true);
                if (shouldCharge != null) normalised["shouldCharge"] = shouldCharge;

                body.Absorb(rule);
                result.Add(normalised);
            }
            return result;
        }

        private static string? ClockTime(BodyReader reader, string name)
        {
            var text = reader.String(name, true);
            if (text == null || ClockTimes.IsValid(text)) return text;
            reader.Fail("must be a clock time HH:mm from 00:00 to 23:59", name);
            return null;
        }

        private static JsonArray ReadWeekdays(BodyReader rule, JsonArray weekdays)
        {
            var result = new JsonArray();
            var seen = new HashSet<int>();
            for (var d = 0; d < weekdays.Count; d++)
            {
                if (weekdays[d] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var day) && day >= 0 && day <= 6)
                {
                    if (seen.Add(day)) result.Add(day);
                }
                else rule.Fail("must be an integer from 0 (Monday) to 6 (Sunday)", "weekdays", d);
            }
            return result;
        }

        /// <summary>The target must be a device of the user, of the target type; the location, one of the user's.</summary>
        private static void CheckReferences(EmulatorState state, BodyReader body, string userId, JsonObject schedule)
        {
            var targetType = (string?)schedule["targetType"];
            var targetId = (string?)schedule["targetId"];
            if (targetType != null && targetId != null)
            {
                var target = DeviceFactories.TableFor(state, targetType).Find(targetId);
                if (target == null || target.UserId != userId) body.Fail($"must be the id of one of the user's {targetType}s", "targetId");
            }
            var locationId = (string?)schedule["locationId"];
            if (locationId != null)
            {
                var location = state.Locations.Find(locationId);
                if (location == null || location.UserId != userId) body.Fail("must be the id of one of the user's locations, or null", "locationId");
            }
        }
    }
}
