using System;

namespace EnodePS.Client.Models
{
    public sealed class VehicleOdometer
    {
        /// <summary>Kilometres.</summary>
        public double? Distance { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        public override string ToString() => Distance?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
