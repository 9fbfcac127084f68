using System;
using System.Globalization;

namespace EnodePS.Client.Tariffs
{
    /// <summary>Times of day as the tariff schedule wants them: "HH:mm", with "24:00" allowed as an end.</summary>
    public static class HourMinute
    {
        public const int MinutesPerDay = 24 * 60;

        /// <summary>"HH:mm" from "H:mm", "HH:mm" or a TimeSpan; ArgumentException naming <paramref name="what"/> otherwise.</summary>
        public static string Normalize(object? value, bool isEnd, string what)
        {
            var minutes = Minutes(value, isEnd, what);
            return (minutes / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (minutes % 60).ToString("00", CultureInfo.InvariantCulture);
        }

        /// <summary>Minutes after midnight (1440 for "24:00").</summary>
        public static int Minutes(object? value, bool isEnd, string what)
        {
            if (value is TimeSpan span && span >= TimeSpan.Zero && span.TotalMinutes <= MinutesPerDay && span.Seconds == 0)
                return (int)span.TotalMinutes;
            var text = (value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Trim();
            var colon = text.IndexOf(':');
            if (colon >= 1 && colon <= 2 && text.Length == colon + 3
                && int.TryParse(text.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
                && int.TryParse(text.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
                && minutes < 60 && (hours < 24 || (isEnd && hours == 24 && minutes == 0)))
                return hours * 60 + minutes;
            throw new ArgumentException($"{what}: '{text}' is not a time of day as HH:mm (00:00 to 23:59{(isEnd ? ", or 24:00" : "")}).");
        }
    }
}
