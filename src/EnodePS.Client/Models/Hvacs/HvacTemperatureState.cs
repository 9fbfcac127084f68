using System;

namespace EnodePS.Client.Models
{
    public sealed class HvacTemperatureState
    {
        /// <summary>Degrees Celsius.</summary>
        public double? CurrentTemperature { get; set; }

        /// <summary>True while the unit is heating or cooling.</summary>
        public bool? IsActive { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        public override string ToString() => CurrentTemperature == null ? "" : FormattableString.Invariant($"{CurrentTemperature} °C");
    }
}
