using System;
using System.Collections.Generic;
using System.Globalization;

namespace EnodePS.Client
{
    /// <summary>
    /// The intervals HEM system statistics are asked for by: a DAY ("2025-05-05", the vendor's finest buckets) or a MONTH
    /// ("2025-05", daily buckets).
    /// </summary>
    public static class HemSystemStatisticsInterval
    {
        public const string Day = "DAY";
        public const string Month = "MONTH";

        public static readonly IReadOnlyList<string> All = new[] { Day, Month };

        public static string Normalize(string? value, string parameterName = "interval") => AllowedValues.Normalize(value, All, parameterName);

        /// <summary>The query value for the day or month that holds <paramref name="date"/>: "yyyy-MM-dd" or "yyyy-MM".</summary>
        public static string Format(DateTime date, string interval) =>
            Normalize(interval, nameof(interval)) == Day
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        /// <summary>Checks a query value: a real date as YYYY-MM-DD or a month as YYYY-MM.</summary>
        public static void Validate(string? interval, string parameterName = "interval")
        {
            if (interval != null
                && (interval.Length == 10 && DateTime.TryParseExact(interval, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    || interval.Length == 7 && DateTime.TryParseExact(interval, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
                return;
            throw new ArgumentException($"'{interval}' is not a valid {parameterName}. Allowed values: a day as YYYY-MM-DD or a month as YYYY-MM.", parameterName);
        }
    }
}
