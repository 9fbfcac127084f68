using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// What a schedule wants over time: whether its target should charge at an instant (the first rule that applies
    /// decides, else defaultShouldCharge) and when that answer next changes. Clock times and weekdays are read in the
    /// zone of the schedule's location.
    /// </summary>
    public sealed class ScheduleTimeline
    {
        private readonly bool _default;
        private readonly List<Rule> _rules = new List<Rule>();
        private readonly TimeZoneInfo _zone;

        public ScheduleTimeline(JsonObject schedule, TimeZoneInfo zone)
        {
            _zone = zone;
            _default = (bool?)schedule["defaultShouldCharge"] ?? false;
            foreach (var node in (JsonArray?)schedule["rules"] ?? new JsonArray())
                _rules.Add(Rule.Parse((JsonObject)node!));
        }

        public bool ShouldChargeAt(DateTimeOffset instant)
        {
            var local = TimeZoneInfo.ConvertTime(instant, _zone).DateTime;
            foreach (var rule in _rules)
                if (rule.AppliesAt(instant, local)) return rule.ShouldCharge;
            return _default;
        }

        /// <summary>Up to <paramref name="max"/> moments after <paramref name="now"/> (within a week and a day) when the wanted charge state flips.</summary>
        public IReadOnlyList<(DateTimeOffset At, bool ShouldCharge)> Transitions(DateTimeOffset now, int max)
        {
            var result = new List<(DateTimeOffset, bool)>();
            var current = ShouldChargeAt(now);
            var horizon = now.AddDays(8);
            foreach (var candidate in Candidates(now).Where(c => c > now && c <= horizon).Distinct().OrderBy(c => c))
            {
                var value = ShouldChargeAt(candidate);
                if (value == current) continue;
                result.Add((candidate, value));
                current = value;
                if (result.Count == max) break;
            }
            return result;
        }

        /// <summary>Every instant at which some rule starts or stops applying.</summary>
        private IEnumerable<DateTimeOffset> Candidates(DateTimeOffset now)
        {
            var today = TimeZoneInfo.ConvertTime(now, _zone).Date;
            foreach (var rule in _rules)
            {
                if (rule.FromTimestamp.HasValue) yield return rule.FromTimestamp.Value;
                if (rule.ToTimestamp.HasValue) yield return rule.ToTimestamp.Value;
                for (var day = today.AddDays(-1); day <= today.AddDays(9); day = day.AddDays(1))
                {
                    yield return ClockTimes.ToUtc(day, _zone);
                    if (rule.From.HasValue) yield return ClockTimes.ToUtc(day.AddMinutes(rule.From.Value), _zone);
                    if (rule.To.HasValue) yield return ClockTimes.ToUtc(day.AddMinutes(rule.To.Value), _zone);
                }
            }
        }

        private sealed class Rule
        {
            public int? From;
            public int? To;
            public DateTimeOffset? FromTimestamp;
            public DateTimeOffset? ToTimestamp;
            public HashSet<int>? Weekdays;
            public bool ShouldCharge;

            public static Rule Parse(JsonObject json)
            {
                var rule = new Rule { ShouldCharge = (bool?)json["shouldCharge"] ?? false };
                if (json["hourMinute"] is JsonObject hm)
                {
                    rule.From = ClockTimes.Minutes((string)hm["from"]!);
                    rule.To = ClockTimes.Minutes((string)hm["to"]!);
                }
                rule.FromTimestamp = Timestamp(json["fromTimestamp"]);
                rule.ToTimestamp = Timestamp(json["toTimestamp"]);
                if (json["weekdays"] is JsonArray days) rule.Weekdays = new HashSet<int>(days.Select(d => (int)d!));
                return rule;
            }

            private static DateTimeOffset? Timestamp(JsonNode? node) => node == null ? (DateTimeOffset?)null
                : DateTimeOffset.Parse((string)node!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

            public bool AppliesAt(DateTimeOffset instant, DateTime local)
            {
                if (FromTimestamp.HasValue && instant < FromTimestamp.Value) return false;
                if (ToTimestamp.HasValue && instant >= ToTimestamp.Value) return false;
                var day = local.Date;
                if (From.HasValue && To.HasValue)
                {
                    // "to" always falls after "from", so an interval such as 22:00-06:00 runs into the next day
                    // and belongs to the weekday it started on.
                    var minute = local.Hour * 60 + local.Minute;
                    var from = From.Value;
                    var to = To.Value;
                    if (from < to)
                    {
                        if (minute < from || minute >= to) return false;
                    }
                    else if (minute >= from) { }
                    else if (minute < to) day = day.AddDays(-1);
                    else return false;
                }
                return Weekdays == null || Weekdays.Contains(ClockTimes.Weekday(day));
            }
        }
    }
}
