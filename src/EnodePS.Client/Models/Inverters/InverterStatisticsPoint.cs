using System;

namespace EnodePS.Client.Models
{
    public sealed class InverterStatisticsPoint
    {
        /// <summary>Start of the bucket, with the inverter's local offset.</summary>
        public DateTimeOffset Date { get; set; }

        /// <summary>kWh produced in the bucket; null when no data is available.</summary>
        public double? Value { get; set; }
    }
}
