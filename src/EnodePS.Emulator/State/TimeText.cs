using System;
using System.Globalization;

namespace EnodePS.Emulator.State
{
    /// <summary>RFC 3339 text with the local offset ("2024-05-05T00:00:00+02:00"), as statistics write bucket times.</summary>
    public static class TimeText
    {
        public static string WithOffset(DateTimeOffset value) =>
            value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

        public static DateTimeOffset ParseIso(string text) =>
            DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }
}
