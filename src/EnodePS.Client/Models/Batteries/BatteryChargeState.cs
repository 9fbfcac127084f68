using System;

namespace EnodePS.Client.Models
{
    /// <summary>The latest known state of a home battery; null where the vendor gave no value.</summary>
    public sealed class BatteryChargeState
    {
        /// <summary>One of CHARGING, DISCHARGING, IDLE, FAULT, UNKNOWN.</summary>
        public string? Status { get; set; }

        /// <summary>kWh.</summary>
        public double? BatteryCapacity { get; set; }

        /// <summary>Percent.</summary>
        public double? BatteryLevel { get; set; }

        /// <summary>kW; positive while charging, negative while discharging.</summary>
        public double? ChargeRate { get; set; }

        /// <summary>Percent kept in reserve: the battery does not discharge below it except in a power cut.</summary>
        public double? DischargeLimit { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        public override string ToString() => Status ?? "";
    }
}
