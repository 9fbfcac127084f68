using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>One metric of a HEM system in buckets. When IsAvailable is false, Reason says why and the rest is empty.</summary>
    public sealed class HemSystemTimeseries
    {
        public bool IsAvailable { get; set; }
        public string? Reason { get; set; }

        /// <summary>kW (average power, buckets under an hour), kWh (energy) or % (battery level).</summary>
        public string? Unit { get; set; }

        /// <summary>Power, Energy or SoC.</summary>
        public string? UnitType { get; set; }
        public HemSystemSampling? Sampling { get; set; }
        public string? Timezone { get; set; }
        public List<HemSystemDataPoint>? Data { get; set; }
    }
}
