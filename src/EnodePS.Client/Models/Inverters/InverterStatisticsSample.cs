using System;

namespace EnodePS.Client.Models
{
    /// <summary>One bucket of an inverter's production, as a row: what Get-EnodeInverterStatistics writes.</summary>
    public sealed class InverterStatisticsSample
    {
        public string InverterId { get; set; } = "";

        /// <summary>QUARTER_HOUR or DAY.</summary>
        public string Resolution { get; set; } = "";

        /// <summary>Start of the bucket, with the inverter's local offset.</summary>
        public DateTimeOffset Date { get; set; }

        /// <summary>Energy produced in the bucket; null when no data is available.</summary>
        public double? Value { get; set; }

        /// <summary>Always kWh.</summary>
        public string Unit { get; set; } = "kWh";
        public string? Timezone { get; set; }

        /// <summary>False when the value may still change (the answer had a retryAfter).</summary>
        public bool IsFinal { get; set; }

        public override string ToString() => FormattableString.Invariant($"{Date:yyyy-MM-dd HH:mm} {Value} {Unit}");
    }
}
