using System;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// The answer to one inverter statistics request: a day in QUARTER_HOUR buckets or a month in DAY buckets, in the
    /// inverter's time zone. RetryAfter is set when some of the data can still change (the interval reaches past now).
    /// </summary>
    public sealed class InverterStatistics
    {
        public string? Timezone { get; set; }
        public InverterStatisticsResolutions Resolutions { get; set; } = new InverterStatisticsResolutions();

        /// <summary>When to ask again for final data; null when all data is final.</summary>
        public DateTimeOffset? RetryAfter { get; set; }

        [JsonIgnore]
        public bool IsFinal => RetryAfter == null;
    }
}
