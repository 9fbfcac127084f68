using System.Collections.Generic;
using System.Globalization;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>
    /// The emulator's reading of a location's tariff schedule: HH:mm times, "to" exclusive, "to" at or before "from"
    /// running past midnight into the next day, no two intervals sharing a minute of the week.
    /// </summary>
    public static class TariffScheduleRules
    {
        public const int MinutesPerDay = 24 * 60;
        public const int MinutesPerWeek = 7 * MinutesPerDay;

        /// <summary>Minutes after midnight for "HH:mm" (00:00 to 23:59; "24:00" too when it ends an interval).</summary>
        public static int? ParseTime(string? text, bool isEnd)
        {
            if (text == null || text.Length != 5 || text[2] != ':') return null;
            if (!int.TryParse(text.Substring(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)) return null;
            if (!int.TryParse(text.Substring(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)) return null;
            if (isEnd && hours == 24 && minutes == 0) return MinutesPerDay;
            if (hours > 23 || minutes > 59) return null;
            return hours * 60 + minutes;
        }

        /// <summary>The minutes of the week an interval covers, as [start, end) ranges; a range past Sunday wraps to Monday.</summary>
        public static IEnumerable<(int Start, int End)> WeekRanges(int weekday, int from, int to)
        {
            var start = weekday * MinutesPerDay + from;
            var end = weekday * MinutesPerDay + (to > from ? to : to + MinutesPerDay);
            if (end <= MinutesPerWeek)
            {
                yield return (start, end);
                yield break;
            }
            yield return (start, MinutesPerWeek);
            yield return (0, end - MinutesPerWeek);
        }

        public static bool Overlap((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;
    }
}
