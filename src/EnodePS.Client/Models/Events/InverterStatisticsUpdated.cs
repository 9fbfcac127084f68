using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:inverter:statistics-updated: production statistics of an inverter were backfilled or changed.
    /// <see cref="Statistics"/> is the answer of the statistics endpoint, with the inverter and the day or month it covers.
    /// </summary>
    public sealed class InverterStatisticsUpdated : UserEvent
    {
        public InverterStatistics Statistics { get; set; } = new InverterStatistics();

        /// <summary>The buckets as the rows Get-EnodeInverterStatistics writes.</summary>
        [JsonIgnore]
        public IReadOnlyList<InverterStatisticsSample> Samples => Statistics.ToSamples(Statistics.InverterId ?? "");
    }
}
