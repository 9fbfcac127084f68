using System;

namespace EnodePS.Client.Models
{
    public sealed class MeterEnergyState
    {
        /// <summary>kW: positive when the site imports from the grid, negative when it exports.</summary>
        public double? Power { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        public override string ToString() => Power == null ? "" : FormattableString.Invariant($"{Power} kW");
    }
}
