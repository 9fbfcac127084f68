using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>The Tariffs section: named rates per tariff, and a weekly schedule of those rates per location.</summary>
    public static class TariffHandlers
    {
        public const string LocationOrTariffNotFound = "Location or tariff not found.";
        public const string OverlapDetail = "Overlapping tariff schedule. Ensure that the schedule has no overlaps.";

        private static readonly string[] WeekdayNames = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

        public static void Register(Router router)
        {
            router.Map("GET", "/tariffs/{tariffId}", GetTariff);
            router.Map("PUT", "/tariffs/{tariffId}", PutTariff);
            router.Map("PUT", "/locations/{locationId}/tariff", PutLocationTariff);
            router.Map("GET", "/locations/{locationId}/tariff", GetLocationTariff);
        }

        private static EmulatorResponse GetTariff(RouteContext context)
        {
            lock (context.State.Gate)
            {
                var record = context.State.Tariffs.Find(context.Route("tariffId"));
                return record == null
                    ? Problems.NotFound("Tariff not found.")
                    : EmulatorResponse.Json(200, JsonNode.Parse(record.Body["rates"]!.ToJsonString())!);
            }
        }

        private static EmulatorResponse PutTariff(RouteContext context)
        {
            if (!TryReadArray(context, out var rates, out var problem)) return problem!;
            var issues = new BodyIssues();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var stored = new JsonArray();
            if (rates.Count == 0) issues.Add("Must list at least one rate");
            for (var i = 0; i < rates.Count; i++)
            {
                if (!(rates[i] is JsonObject rate))
                {
                    issues.Add("Expected object", i);
                    continue;
                }
                var name = issues.RequiredString(rate, "name", i);
                var cost = issues.RequiredString(rate, "cost", i);
                if (name != null && !names.Add(name)) issues.Add("Per-tariff unique interval name: '" + name + "' is given twice", i, "name");
                if (cost != null && !decimal.TryParse(cost, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                    issues.Add("Must be a decimal string such as \"0.25\"", i, "cost");
                stored.Add(new JsonObject { ["name"] = name, ["cost"] = cost });
            }
            if (issues.Any) return issues.ToProblem("The tariff is not valid.");

            var state = context.State;
            var id = context.Route("tariffId");
            lock (state.Gate)
            {
                var existing = state.Tariffs.Find(id);
                var createdAt = existing?.CreatedAt ?? state.Clock.UtcNow;
                if (existing != null) state.Tariffs.Remove(id);
                state.Tariffs.Add(new Record(id, null, createdAt, new JsonObject { ["tariffId"] = id, ["rates"] = stored }));
            }
            return EmulatorResponse.NoContent();
        }

        private static EmulatorResponse PutLocationTariff(RouteContext context)
        {
            if (!context.TryReadJsonObject(out var body, out var problem)) return problem!;
            var issues = new BodyIssues();
            var tariffId = issues.RequiredString(body, "tariffId");
            var intervals = ReadIntervals(body, issues);
            if (issues.Any) return issues.ToProblem("The tariff schedule is not valid.");

            var state = context.State;
            var locationId = context.Route("locationId");
            lock (state.Gate)
            {
                var location = state.Locations.Find(locationId);
                var tariff = state.Tariffs.Find(tariffId!);
                if (location == null || tariff == null) return Problems.NotFound(LocationOrTariffNotFound);

                var rateNames = new HashSet<string>(((JsonArray)tariff.Body["rates"]!).Select(r => (string)r!["name"]!), StringComparer.Ordinal);
                for (var i = 0; i < intervals.Count; i++)
                    if (!rateNames.Contains(intervals[i].Name))
                        issues.Add($"Tariff '{tariffId}' has no rate named '{intervals[i].Name}'", "tariffIntervals", i, "name");
                if (issues.Any) return issues.ToProblem("The tariff schedule names rates the tariff does not have.");

                ReportOverlaps(intervals, issues);
                if (issues.Any) return issues.ToProblem(OverlapDetail);

                var stored = new JsonArray();
                foreach (var interval in intervals) stored.Add(interval.ToJson());
                var document = new JsonObject { ["locationId"] = locationId, ["tariffId"] = tariffId, ["tariffIntervals"] = stored };
                var existing = state.LocationTariffs.Find(locationId);
                if (existing != null) state.LocationTariffs.Remove(locationId);
                state.LocationTariffs.Add(new Record(locationId, location.UserId, existing?.CreatedAt ?? state.Clock.UtcNow, document));
            }
            return EmulatorResponse.NoContent();
        }

        /// <summary>One row per weekday of each interval, in the order of the week. Times are answered as they were given.</summary>
        private static EmulatorResponse GetLocationTariff(RouteContext context)
        {
            var state = context.State;
            var locationId = context.Route("locationId");
            var rows = new List<(int Weekday, string From, JsonObject Row)>();
            lock (state.Gate)
            {
                if (state.Locations.Find(locationId) == null) return Problems.NotFound("Location not found.");
                var schedule = state.LocationTariffs.Find(locationId);
                if (schedule != null)
                {
                    var tariffId = (string?)schedule.Body["tariffId"];
                    foreach (var node in (JsonArray)schedule.Body["tariffIntervals"]!)
                    {
                        var interval = (JsonObject)node!;
                        var from = (string)interval["from"]!;
                        foreach (var weekday in Weekdays(interval))
                            rows.Add((weekday, from, new JsonObject
                            {
                                ["weekday"] = weekday,
                                ["fromHourMinute"] = from,
                                ["toHourMinute"] = (string?)interval["to"],
                                ["tariffId"] = tariffId,
                                ["tariffName"] = (string?)interval["name"],
                            }));
                    }
                }
            }
            var answer = new JsonArray();
            foreach (var row in rows.OrderBy(r => r.Weekday).ThenBy(r => r.From, StringComparer.Ordinal)) answer.Add(row.Row);
            return EmulatorResponse.Json(200, answer);
        }

        private static IEnumerable<int> Weekdays(JsonObject interval) =>
            interval["weekdays"] is JsonArray days ? days.Select(d => (int)d!) : Enumerable.Range(0, 7);

        private sealed class Interval
        {
            public int Index;
            public string Name = "";
            public List<int>? Weekdays;
            public string From = "";
            public string To = "";
            public int FromMinute;
            public int ToMinute;

            public IEnumerable<int> Days => Weekdays ?? Enumerable.Range(0, 7);

            public JsonObject ToJson()
            {
                var json = new JsonObject { ["name"] = Name, ["from"] = From, ["to"] = To };
                if (Weekdays != null) json["weekdays"] = new JsonArray(Weekdays.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray());
                return json;
            }

            public string Describe() => $"tariffIntervals[{Index}] '{Name}' {From}-{To}";
        }

        private static List<Interval> ReadIntervals(JsonObject body, BodyIssues issues)
        {
            var result = new List<Interval>();
            if (!body.TryGetPropertyValue("tariffIntervals", out var node) || node == null)
            {
                issues.Add("Required", "tariffIntervals");
                return result;
            }
            if (!(node is JsonArray array))
            {
                issues.Add("Expected array", "tariffIntervals");
                return result;
            }
            for (var i = 0; i < array.Count; i++)
            {
                if (!(array[i] is JsonObject item))
                {
                    issues.Add("Expected object", "tariffIntervals", i);
                    continue;
                }
                var interval = new Interval { Index = i };
                interval.Name = issues.RequiredString(item, "name", "tariffIntervals", i) ?? "";
                interval.From = issues.RequiredString(item, "from", "tariffIntervals", i) ?? "";
                interval.To = issues.RequiredString(item, "to", "tariffIntervals", i) ?? "";
                var from = TariffScheduleRules.ParseTime(interval.From, isEnd: false);
                var to = TariffScheduleRules.ParseTime(interval.To, isEnd: true);
                if (interval.From.Length > 0 && from == null) issues.Add("Expected time of day as HH:mm", "tariffIntervals", i, "from");
                if (interval.To.Length > 0 && to == null) issues.Add("Expected time of day as HH:mm", "tariffIntervals", i, "to");
                if (from != null && to != null && from == to)
                    issues.Add("from and to must differ", "tariffIntervals", i);
                interval.FromMinute = from ?? 0;
                interval.ToMinute = to ?? 0;

                if (item.TryGetPropertyValue("weekdays", out var days) && days != null)
                {
                    interval.Weekdays = new List<int>();
                    if (days is JsonArray list)
                    {
                        for (var d = 0; d < list.Count; d++)
                        {
                            var day = list[d] is JsonValue v && v.TryGetValue<int>(out var n) ? n : -1;
                            if (day < 0 || day > 6) issues.Add("Expected weekday from 0 (Monday) to 6 (Sunday)", "tariffIntervals", i, "weekdays", d);
                            else if (interval.Weekdays.Contains(day)) issues.Add("Weekday given twice", "tariffIntervals", i, "weekdays", d);
                            else interval.Weekdays.Add(day);
                        }
                    }
                    else
                    {
                        issues.Add("Expected array of integers", "tariffIntervals", i, "weekdays");
                    }
                }
                result.Add(interval);
            }
            return result;
        }

        private static void ReportOverlaps(List<Interval> intervals, BodyIssues issues)
        {
            var covered = new List<(Interval Owner, (int Start, int End) Range)>();
            foreach (var interval in intervals)
                foreach (var weekday in interval.Days)
                    foreach (var range in TariffScheduleRules.WeekRanges(weekday, interval.FromMinute, interval.ToMinute))
                        covered.Add((interval, range));

            var reported = new HashSet<(int, int)>();
            for (var a = 0; a < covered.Count; a++)
                for (var b = a + 1; b < covered.Count; b++)
                {
                    var x = covered[a];
                    var y = covered[b];
                    if (x.Owner == y.Owner || !TariffScheduleRules.Overlap(x.Range, y.Range)) continue;
                    if (!reported.Add((x.Owner.Index, y.Owner.Index))) continue;
                    var day = Math.Max(x.Range.Start, y.Range.Start) / TariffScheduleRules.MinutesPerDay;
                    issues.Add($"{x.Owner.Describe()} overlaps {y.Owner.Describe()} on {WeekdayNames[day]}", "tariffIntervals", y.Owner.Index);
                }
        }

        private static bool TryReadArray(RouteContext context, out JsonArray array, out EmulatorResponse? problem)
        {
            array = new JsonArray();
            problem = null;
            try
            {
                if (context.Request.Body.Length > 0 && JsonNode.Parse(context.Request.Body) is JsonArray parsed)
                {
                    array = parsed;
                    return true;
                }
            }
            catch (JsonException) { }
            problem = Problems.BadRequest("The request body must be a JSON array.");
            return false;
        }
    }
}
