using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Production statistics of an inverter for a day (QUARTER_HOUR buckets) or a month (DAY buckets), in the inverter's
    /// local time. Day totals are the sums of the day's quarter hours, so both resolutions agree.
    /// </summary>
    public static class InverterStatistics
    {
        public static readonly TimeSpan QuarterHour = TimeSpan.FromMinutes(15);

        /// <summary>How far back data reaches before the inverter was linked, per resolution (as the reference describes).</summary>
        public static readonly TimeSpan QuarterHourHistory = TimeSpan.FromDays(30);
        public const int DayHistoryMonths = 3;

        public sealed class Result
        {
            public Result(JsonObject body, bool isFinal)
            {
                Body = body;
                IsFinal = isFinal;
            }

            public JsonObject Body { get; }

            /// <summary>False when the interval reaches past now: the data can still change (answered with 202).</summary>
            public bool IsFinal { get; }
        }

        /// <summary>
        /// Publishes user:inverter:statistics-updated with today's quarter hours (the day as the emulator's clock has
        /// it in UTC), as after a fetch brought new production data. Call under the state's lock.
        /// </summary>
        public static void PublishToday(EmulatorState state, Record inverter)
        {
            var now = state.Clock.UtcNow;
            var statistics = (JsonObject)Build(inverter, now.Year, now.Month, now.Day, now).Body.DeepClone();
            statistics.Remove("retryAfter");
            statistics["inverterId"] = inverter.Id;
            statistics["year"] = now.Year;
            statistics["month"] = now.Month;
            statistics["day"] = now.Day;
            state.Events.Publish("user:inverter:statistics-updated", new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = inverter.UserId },
                ["statistics"] = statistics,
            });
        }

        public static Result Build(Record inverter, int year, int month, int? day, DateTimeOffset now)
        {
            var site = Sites.ForUser(inverter.UserId ?? "");
            var zone = (string?)inverter.Body["timezone"] is string z && EuropeanTimeZones.IsKnown(z) ? z : site.TimeZone;
            var linkedAt = inverter.CreatedAt;
            var data = new JsonArray();
            DateTimeOffset end;
            string resolution;

            if (day.HasValue)
            {
                resolution = "QUARTER_HOUR";
                var date = new DateTime(year, month, day.Value);
                var start = EuropeanTimeZones.StartOfDay(zone, date);
                end = EuropeanTimeZones.StartOfDay(zone, date.AddDays(1));
                for (var t = start; t < end; t += QuarterHour)
                {
                    var known = t >= linkedAt - QuarterHourHistory && t + QuarterHour <= now;
                    data.Add(Point(EuropeanTimeZones.ToLocal(zone, t),
                        known ? Math.Round(SolarModel.EnergyKwh(inverter.Id, site, t, QuarterHour), 4) : (double?)null));
                }
            }
            else
            {
                resolution = "DAY";
                var first = new DateTime(year, month, 1);
                end = EuropeanTimeZones.StartOfDay(zone, first.AddMonths(1));
                var earliest = linkedAt.AddMonths(-DayHistoryMonths);
                for (var date = first; date.Month == month; date = date.AddDays(1))
                {
                    var start = EuropeanTimeZones.StartOfDay(zone, date);
                    var dayEnd = EuropeanTimeZones.StartOfDay(zone, date.AddDays(1));
                    double? total = null;
                    if (start < now && dayEnd > earliest)
                    {
                        var sum = 0.0;
                        for (var t = start; t < dayEnd && t + QuarterHour <= now; t += QuarterHour)
                            sum += Math.Round(SolarModel.EnergyKwh(inverter.Id, site, t, QuarterHour), 4);
                        total = Math.Round(sum, 3);
                    }
                    data.Add(Point(start, total));
                }
            }

            var body = new JsonObject
            {
                ["timezone"] = zone,
                ["resolutions"] = new JsonObject { [resolution] = new JsonObject { ["unit"] = "kWh", ["data"] = data } },
            };
            var isFinal = end <= now;
            if (!isFinal) body["retryAfter"] = VehicleFactory.Iso(NextQuarterHour(now));
            return new Result(body, isFinal);
        }

        private static JsonObject Point(DateTimeOffset localStart, double? value) => new JsonObject
        {
            ["date"] = TimeText.WithOffset(localStart),
            ["value"] = value,
        };

        private static DateTimeOffset NextQuarterHour(DateTimeOffset now)
        {
            var ticks = QuarterHour.Ticks;
            return new DateTimeOffset((now.UtcTicks / ticks + 1) * ticks, TimeSpan.Zero);
        }
    }
}
