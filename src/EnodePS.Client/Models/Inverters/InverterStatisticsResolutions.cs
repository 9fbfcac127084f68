using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    /// <summary>The series of a statistics answer, by resolution; only the one that fits the interval is present.</summary>
    public sealed class InverterStatisticsResolutions
    {
        [JsonPropertyName("QUARTER_HOUR")]
        public InverterStatisticsSeries? QuarterHour { get; set; }

        [JsonPropertyName("DAY")]
        public InverterStatisticsSeries? Day { get; set; }
    }
}
