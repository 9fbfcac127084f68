using System;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// One bucket of a HEM system's statistics with every metric side by side: what Get-EnodeHemSystemStatistics
    /// writes. Flows are in <see cref="Unit"/>; the battery level is in percent. Null where there is no data.
    /// </summary>
    public sealed class HemSystemStatisticsSample
    {
        public string HemSystemId { get; set; } = "";

        /// <summary>Start of the bucket, with the system's local offset.</summary>
        public DateTimeOffset Time { get; set; }

        /// <summary>ISO 8601 duration of the bucket (PT15M, P1D...).</summary>
        public string? Resolution { get; set; }

        /// <summary>kW for buckets under an hour (average power), kWh otherwise.</summary>
        public string? Unit { get; set; }
        public double? Generation { get; set; }
        public double? Consumption { get; set; }
        public double? Import { get; set; }
        public double? Export { get; set; }
        public double? Charge { get; set; }
        public double? Discharge { get; set; }

        /// <summary>Percent; day intervals only.</summary>
        public double? BatteryLevel { get; set; }
        public string? Timezone { get; set; }

        public override string ToString() => Time.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
    }
}
