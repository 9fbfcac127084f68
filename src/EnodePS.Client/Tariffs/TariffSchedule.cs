using System;
using System.Collections.Generic;
using System.Linq;
using EnodePS.Client.Models;

namespace EnodePS.Client.Tariffs
{
    /// <summary>
    /// Checks a location's tariff schedule before it is sent, and compares schedules. An interval covers From
    /// (inclusive) to To (exclusive) on each of its weekdays (every day when none are given); a To at or before From
    /// runs past midnight into the next day, and Sunday's into Monday.
    /// </summary>
    public static class TariffSchedule
    {
        private const int MinutesPerWeek = 7 * HourMinute.MinutesPerDay;

        /// <summary>
        /// Throws ArgumentException (naming <paramref name="parameterName"/>) when an interval is malformed, names a rate
        /// the tariff lacks (when <paramref name="rateNames"/> is known), or overlaps another (naming both).
        /// </summary>
        public static void Validate(IReadOnlyList<TariffInterval> intervals, string tariffId, IEnumerable<string>? rateNames, string parameterName)
        {
            if (intervals.Count == 0) throw new ArgumentException("A tariff schedule needs at least one interval.", parameterName);
            var names = rateNames == null ? null : new HashSet<string>(rateNames, StringComparer.Ordinal);
            var covered = new List<(int Index, int Start, int End)>();
            for (var i = 0; i < intervals.Count; i++)
            {
                var interval = intervals[i];
                var where = Describe(interval, i);
                if (string.IsNullOrWhiteSpace(interval.Name)) throw new ArgumentException($"Interval {i + 1}: the name is missing.", parameterName);
                if (names != null && !names.Contains(interval.Name))
                    throw new ArgumentException($"{where} names no rate of tariff '{tariffId}'. Its rates: {string.Join(", ", names)}.", parameterName);

                int from, to;
                try
                {
                    from = HourMinute.Minutes(interval.From, isEnd: false, where + " from");
                    to = HourMinute.Minutes(interval.To, isEnd: true, where + " to");
                }
                catch (ArgumentException ex)
                {
                    throw new ArgumentException(ex.Message, parameterName);
                }
                if (from == to) throw new ArgumentException($"{where}: from and to are the same time; an interval must cover some time.", parameterName);
                var days = interval.Weekdays ?? AllDays;
                if (days.Any(d => d < 0 || d > 6)) throw new ArgumentException($"{where}: weekdays run from 0 (Monday) to 6 (Sunday).", parameterName);
                if (days.Distinct().Count() != days.Count) throw new ArgumentException($"{where}: a weekday is listed twice.", parameterName);

                foreach (var day in days)
                    foreach (var (start, end) in WeekRanges(day, from, to))
                    {
                        foreach (var other in covered)
                            if (other.Index != i && start < other.End && other.Start < end)
                            {
                                var overlapStart = Math.Max(start, other.Start);
                                throw new ArgumentException(
                                    $"{Describe(intervals[other.Index], other.Index)} and {where} overlap on {WeekdayNames.Long(overlapStart / HourMinute.MinutesPerDay)} "
                                    + $"from {Time(overlapStart % HourMinute.MinutesPerDay)}: intervals of a schedule must not overlap (gaps are fine).",
                                    parameterName);
                            }
                        covered.Add((i, start, end));
                    }
            }
        }

        /// <summary>The schedule as comparable rows: one per interval and weekday.</summary>
        public static List<ScheduleRow> Rows(string tariffId, IEnumerable<TariffInterval> intervals)
        {
            var rows = new List<ScheduleRow>();
            foreach (var interval in intervals)
            {
                var from = HourMinute.Minutes(interval.From, false, interval.Name);
                var to = HourMinute.Minutes(interval.To, true, interval.Name);
                foreach (var day in interval.Weekdays ?? AllDays) rows.Add(new ScheduleRow(day, from, to, tariffId, interval.Name));
            }
            rows.Sort();
            return rows;
        }

        /// <summary>A schedule read from the API as comparable rows (an entry without a weekday stands for every day).</summary>
        public static List<ScheduleRow> Rows(IEnumerable<LocationTariffEntry> entries)
        {
            var rows = new List<ScheduleRow>();
            foreach (var entry in entries)
            {
                var from = HourMinute.Minutes(entry.FromHourMinute, false, "fromHourMinute");
                var to = HourMinute.Minutes(entry.ToHourMinute, true, "toHourMinute");
                foreach (var day in entry.Weekday.HasValue ? new List<int> { entry.Weekday.Value } : AllDays)
                    rows.Add(new ScheduleRow(day, from, to, entry.TariffId, entry.TariffName));
            }
            rows.Sort();
            return rows;
        }

        public static bool Same(IReadOnlyList<ScheduleRow> a, IReadOnlyList<ScheduleRow> b) => a.SequenceEqual(b);

        private static readonly List<int> AllDays = Enumerable.Range(0, 7).ToList();

        private static IEnumerable<(int Start, int End)> WeekRanges(int day, int from, int to)
        {
            var start = day * HourMinute.MinutesPerDay + from;
            var end = day * HourMinute.MinutesPerDay + (to > from ? to : to + HourMinute.MinutesPerDay);
            if (end <= MinutesPerWeek) return new[] { (start, end) };
            return new[] { (start, MinutesPerWeek), (0, end - MinutesPerWeek) };
        }

        private static string Describe(TariffInterval interval, int index) => $"interval {index + 1} {interval}";

        private static string Time(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";
    }
}
