using System;

namespace EnodePS.Client.Models
{
    /// <summary>Energy totals of a HEM system over a period, in <see cref="Unit"/> (kWh); null where the system cannot tell.</summary>
    public sealed class HemSystemEnergyTotals
    {
        /// <summary>Solar generation.</summary>
        public double? Generation { get; set; }

        /// <summary>Household consumption.</summary>
        public double? Consumption { get; set; }

        /// <summary>Energy into the battery.</summary>
        public double? Charge { get; set; }

        /// <summary>Energy out of the battery.</summary>
        public double? Discharge { get; set; }

        /// <summary>Energy from the grid.</summary>
        public double? Import { get; set; }

        /// <summary>Energy to the grid.</summary>
        public double? Export { get; set; }
        public string? Unit { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }
    }
}
