using System.Collections.Generic;

namespace EnodePS.Client
{
    /// <summary>
    /// The resolutions of inverter statistics: QUARTER_HOUR buckets come from asking for single days, DAY buckets from
    /// asking for whole months.
    /// </summary>
    public static class InverterStatisticsResolution
    {
        public const string QuarterHour = "QUARTER_HOUR";
        public const string Day = "DAY";

        public static readonly IReadOnlyList<string> All = new[] { QuarterHour, Day };

        public static string Normalize(string? value, string parameterName = "resolution") => AllowedValues.Normalize(value, All, parameterName);
    }
}
