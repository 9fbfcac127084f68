using System;

namespace EnodePS.Client.Models
{
    public sealed class InverterProductionState
    {
        /// <summary>kW.</summary>
        public double? ProductionRate { get; set; }
        public bool? IsProducing { get; set; }

        /// <summary>kWh since installation.</summary>
        public double? TotalLifetimeProduction { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        public override string ToString() => ProductionRate == null ? "" : FormattableString.Invariant($"{ProductionRate} kW");
    }
}
