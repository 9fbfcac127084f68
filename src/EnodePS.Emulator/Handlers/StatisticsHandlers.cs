using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Validation;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>
    /// Charging statistics of a user's devices: a time series by resolution, or one row per charging session. The
    /// numbers come from <see cref="ChargingActivity"/> and <see cref="EnergyPrices"/>: made up, but the same for
    /// the same question, and consistent between resolutions.
    /// </summary>
    public static class StatisticsHandlers
    {
        /// <summary>The most buckets one request may ask for; beyond it, a coarser resolution is needed.</summary>
        public const int MaxBuckets = 10000;

        public static void Register(Router router)
        {
            router.Map("GET", "/users/{userId}/statistics/charging", TimeSeries);
            router.Map("GET", "/users/{userId}/statistics/charging/sessions", Sessions);
        }

        private sealed class Query
        {
            public DateTimeOffset Start;
            public DateTimeOffset End;
            public List<(ChargingActivity Activity, string? LocationId)> Devices = new List<(ChargingActivity, string?)>();
        }

        private static EmulatorResponse TimeSeries(RouteContext c)
        {
            var issues = new List<JsonObject>();
            var resolution = c.Query("resolution") ?? "DAY";
            if (Array.IndexOf(ReferenceValues.Resolutions, resolution) < 0)
                issues.Add(Problems.Issue("resolution", "must be one of " + string.Join(", ", ReferenceValues.Resolutions)));
            double offsetHours = 0;
            var offsetText = c.Query("utcOffset");
            if (offsetText != null && !(double.TryParse(offsetText, NumberStyles.Float, CultureInfo.InvariantCulture, out offsetHours) && offsetHours >= -12 && offsetHours <= 14))
                issues.Add(Problems.Issue("utcOffset", "must be a number of hours from -12 to 14"));
            if (!TryRead(c, issues, out var query, out var problem)) return problem!;

            var offset = resolution == "QUARTER_HOUR" || resolution == "HALF_HOUR" || resolution == "HOUR" ? TimeSpan.Zero : TimeSpan.FromHours(offsetHours);
            var buckets = new List<DateTimeOffset>();
            for (var bucket = Floor(query.Start, resolution, offset); bucket < query.End; bucket = Next(bucket, resolution, offset))
                if (buckets.Count == MaxBuckets)
                    return Problems.Invalid("resolution", $"gives more than {MaxBuckets} buckets for this range; choose a coarser resolution or a shorter range");
                else buckets.Add(bucket);

            var rows = new JsonArray();
            foreach (var bucket in buckets)
            {
                var from = bucket < query.Start ? query.Start : bucket;
                var next = Next(bucket, resolution, offset);
                var to = next > query.End ? query.End : next;
                var slots = Slots(from, to).Select(s => (Kw: query.Devices.Sum(d => d.Activity.PowerAt(s)), Price: EnergyPrices.At(s))).ToList();
                var row = Aggregate(slots);
                row["date"] = VehicleFactory.Iso(bucket);
                rows.Add(row);
            }
            return EmulatorResponse.Json(200, rows);
        }

        private static EmulatorResponse Sessions(RouteContext c)
        {
            if (!TryRead(c, new List<JsonObject>(), out var query, out var problem)) return problem!;
            var now = c.State.Clock.UtcNow;
            var rows = new List<(DateTimeOffset From, string Id, JsonObject Row)>();
            foreach (var (activity, locationId) in query.Devices)
            {
                foreach (var session in activity.Sessions(query.Start, query.End).Where(s => s.To <= now))
                {
                    var row = Aggregate(Slots(session.From, session.To).Select(s => (activity.PowerAt(s), EnergyPrices.At(s))).ToList());
                    var ordered = new JsonObject
                    {
                        ["kw"] = row["kw"]!.DeepClone(),
                        ["kwhSum"] = row["kwhSum"]!.DeepClone(),
                        ["price"] = row["price"]!.DeepClone(),
                        ["costSum"] = row["costSum"]!.DeepClone(),
                        ["id"] = activity.DeviceId,
                        ["locationId"] = locationId,
                        ["from"] = VehicleFactory.Iso(session.From),
                        ["to"] = VehicleFactory.Iso(session.To),
                        ["nonSmartPrice"] = row["nonSmartPrice"]!.DeepClone(),
                        ["estimatedSavings"] = null,
                    };
                    rows.Add((session.From, activity.DeviceId, ordered));
                }
            }
            var result = new JsonArray();
            foreach (var row in rows.OrderBy(r => r.From).ThenBy(r => r.Id, StringComparer.Ordinal)) result.Add(row.Row);
            return EmulatorResponse.Json(200, result);
        }

        /// <summary>The query both endpoints share: startDate, endDate, type, id and locationId, and the devices they select.</summary>
        private static bool TryRead(RouteContext c, List<JsonObject> issues, out Query query, out EmulatorResponse? problem)
        {
            query = new Query();
            problem = null;
            var now = c.State.Clock.UtcNow;
            var start = ReadDate(c, "startDate", issues, required: true);
            var end = ReadDate(c, "endDate", issues, required: false);
            var type = c.Query("type");
            if (type == null) issues.Add(Problems.Issue("type", "is required"));
            else if (Array.IndexOf(ReferenceValues.StatisticsTypes, type) < 0)
                issues.Add(Problems.Issue("type", "must be one of " + string.Join(", ", ReferenceValues.StatisticsTypes)));
            if (start.HasValue && end.HasValue && end <= start) issues.Add(Problems.Issue("endDate", "must be after startDate"));
            if (issues.Count > 0)
            {
                problem = Problems.BadRequest(string.Join("; ", issues.Select(i => $"\"{(string?)i["path"]![0]}\" {(string?)i["message"]}")), issues.ToArray());
                return false;
            }

            query.Start = start!.Value;
            query.End = end.HasValue && end.Value < now ? end.Value : now;
            var userId = c.Route("userId");
            var deviceId = c.Query("id");
            var locationId = c.Query("locationId");
            lock (c.State.Gate)
            {
                if (c.State.Users.Find(userId) == null)
                {
                    problem = Problems.NotFound(UserHandlers.UserNotFound);
                    return false;
                }
                var devices = DeviceFactories.TableFor(c.State, type!).All.Where(r => r.UserId == userId).ToList();
                if (deviceId != null)
                {
                    devices = devices.Where(r => r.Id == deviceId).ToList();
                    if (devices.Count == 0)
                    {
                        problem = Problems.Create(404, "not-found", "Asset not found", $"The user has no {type} with the id {deviceId}.");
                        return false;
                    }
                }
                foreach (var device in devices)
                {
                    var at = DeviceReadings.LocationId(device.Body);
                    if (locationId == null || at == locationId) query.Devices.Add((new ChargingActivity(device.Id, type!), at));
                }
            }
            return true;
        }

        private static DateTimeOffset? ReadDate(RouteContext c, string name, List<JsonObject> issues, bool required)
        {
            var text = c.Query(name);
            if (text == null)
            {
                if (required) issues.Add(Problems.Issue(name, "is required"));
                return null;
            }
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
                return value;
            issues.Add(Problems.Issue(name, "must be an ISO 8601 date-time"));
            return null;
        }

        private static IEnumerable<DateTimeOffset> Slots(DateTimeOffset from, DateTimeOffset to)
        {
            var slot = new DateTimeOffset(from.UtcTicks - from.UtcTicks % ChargingActivity.Slot.Ticks, TimeSpan.Zero);
            for (; slot < to; slot = slot.Add(ChargingActivity.Slot)) yield return slot;
        }

        /// <summary>kW and price statistics over the quarter hours; energy is kW times a quarter hour.</summary>
        private static JsonObject Aggregate(IReadOnlyList<(double Kw, double Price)> slots)
        {
            double Round(double v) => Math.Round(v, 4);
            var any = slots.Count > 0;
            var kwh = slots.Sum(s => s.Kw * 0.25);
            return new JsonObject
            {
                ["kw"] = new JsonObject
                {
                    ["min"] = any ? Round(slots.Min(s => s.Kw)) : 0,
                    ["max"] = any ? Round(slots.Max(s => s.Kw)) : 0,
                    ["mean"] = any ? Round(slots.Average(s => s.Kw)) : 0,
                },
                ["kwhSum"] = Round(kwh),
                ["price"] = new JsonObject
                {
                    ["min"] = any ? Round(slots.Min(s => s.Price)) : 0,
                    ["max"] = any ? Round(slots.Max(s => s.Price)) : 0,
                    ["mean"] = any ? Round(slots.Average(s => s.Price)) : 0,
                },
                ["costSum"] = Round(slots.Sum(s => s.Kw * 0.25 * s.Price)),
                // The emulator does not model what smart charging moved, so there is nothing to compare with.
                ["nonSmartPrice"] = new JsonObject { ["min"] = null, ["max"] = null, ["mean"] = null },
                ["estimatedSavings"] = null,
            };
        }

        /// <summary>The start of the bucket holding the instant; day and longer buckets follow the viewer's UTC offset.</summary>
        private static DateTimeOffset Floor(DateTimeOffset instant, string resolution, TimeSpan offset)
        {
            var local = instant.ToOffset(offset);
            switch (resolution)
            {
                case "QUARTER_HOUR": return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, local.Minute / 15 * 15, 0, offset).ToUniversalTime();
                case "HALF_HOUR": return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, local.Minute / 30 * 30, 0, offset).ToUniversalTime();
                case "HOUR": return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, offset).ToUniversalTime();
                case "DAY": return new DateTimeOffset(local.Date, offset).ToUniversalTime();
                case "WEEK": return new DateTimeOffset(local.Date.AddDays(-ClockTimes.Weekday(local.Date)), offset).ToUniversalTime();
                case "MONTH": return new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, offset).ToUniversalTime();
                default: return new DateTimeOffset(local.Year, 1, 1, 0, 0, 0, offset).ToUniversalTime();
            }
        }

        private static DateTimeOffset Next(DateTimeOffset bucket, string resolution, TimeSpan offset)
        {
            var local = bucket.ToOffset(offset);
            switch (resolution)
            {
                case "QUARTER_HOUR": return bucket.AddMinutes(15);
                case "HALF_HOUR": return bucket.AddMinutes(30);
                case "HOUR": return bucket.AddHours(1);
                case "DAY": return local.AddDays(1).ToUniversalTime();
                case "WEEK": return local.AddDays(7).ToUniversalTime();
                case "MONTH": return local.AddMonths(1).ToUniversalTime();
                default: return local.AddYears(1).ToUniversalTime();
            }
        }
    }
}
