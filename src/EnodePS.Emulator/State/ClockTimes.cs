using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EnodePS.Emulator.State
{
    /// <summary>"HH:mm" clock times, as schedule rules and smart charging deadlines use them.</summary>
    public static class ClockTimes
    {
        private static readonly Regex Shape = new Regex(@"\A([01][0-9]|2[0-3]):[0-5][0-9]\z");

        public static bool IsValid(string? text) => text != null && Shape.IsMatch(text);

        /// <summary>Minutes after midnight.</summary>
        public static int Minutes(string text) =>
            int.Parse(text.Substring(0, 2), CultureInfo.InvariantCulture) * 60 + int.Parse(text.Substring(3, 2), CultureInfo.InvariantCulture);

        /// <summary>The IANA zone of a location (schedules and deadlines are local to it), or UTC when unknown here.</summary>
        public static TimeZoneInfo Zone(string? timezoneName)
        {
            if (string.IsNullOrEmpty(timezoneName) || timezoneName == "UTC") return TimeZoneInfo.Utc;
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(timezoneName);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException || ex is InvalidTimeZoneException)
            {
                return TimeZoneInfo.Utc; // e.g. Windows PowerShell 5.1, whose .NET knows only Windows zone ids
            }
        }

        /// <summary>The UTC instant of a local wall-clock time in the zone.</summary>
        public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1); // skipped by a DST change
            return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
        }

        /// <summary>0 for Monday to 6 for Sunday, the reference's weekday numbering.</summary>
        public static int Weekday(DateTime date) => ((int)date.DayOfWeek + 6) % 7;
    }
}
