using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    public sealed class InverterStatisticsSeries
    {
        /// <summary>Always kWh.</summary>
        public string? Unit { get; set; }
        public List<InverterStatisticsPoint>? Data { get; set; }
    }
}
