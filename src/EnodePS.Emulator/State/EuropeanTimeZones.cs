using System;
using System.Collections.Generic;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// UTC offsets of the IANA zones the emulator places sites in. All follow the EU daylight saving rule (from 01:00 UTC
    /// on the last Sunday of March to 01:00 UTC on the last Sunday of October), which keeps the emulator independent of
    /// the host's time zone database (Windows PowerShell 5.1 has no IANA names).
    /// </summary>
    public static class EuropeanTimeZones
    {
        private static readonly Dictionary<string, int> StandardOffsetHours = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["Europe/London"] = 0,
            ["Europe/Dublin"] = 0,
            ["Europe/Lisbon"] = 0,
            ["Europe/Oslo"] = 1,
            ["Europe/Stockholm"] = 1,
            ["Europe/Copenhagen"] = 1,
            ["Europe/Berlin"] = 1,
            ["Europe/Amsterdam"] = 1,
            ["Europe/Paris"] = 1,
            ["Europe/Madrid"] = 1,
            ["Europe/Helsinki"] = 2,
        };

        public static bool IsKnown(string zone) => StandardOffsetHours.ContainsKey(zone);

        /// <summary>The zone's offset from UTC at an instant.</summary>
        public static TimeSpan OffsetAt(string zone, DateTimeOffset instant)
        {
            var standard = TimeSpan.FromHours(StandardOffsetHours[zone]);
            var utc = instant.UtcDateTime;
            var start = LastSundayAtOneUtc(utc.Year, 3);
            var end = LastSundayAtOneUtc(utc.Year, 10);
            return utc >= start && utc < end ? standard + TimeSpan.FromHours(1) : standard;
        }

        /// <summary>The instant as the zone's local time (with the offset in force then).</summary>
        public static DateTimeOffset ToLocal(string zone, DateTimeOffset instant) => instant.ToOffset(OffsetAt(zone, instant));

        /// <summary>Local midnight starting the date, as an instant with its local offset. EU transitions never fall on midnight.</summary>
        public static DateTimeOffset StartOfDay(string zone, DateTime date)
        {
            var local = new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Unspecified);
            var guess = new DateTimeOffset(local, TimeSpan.FromHours(StandardOffsetHours[zone]));
            var offset = OffsetAt(zone, guess);
            return new DateTimeOffset(local, offset);
        }

        private static DateTime LastSundayAtOneUtc(int year, int month)
        {
            var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc);
            return last.AddDays(-(int)last.DayOfWeek);
        }
    }
}
