using System;

namespace EnodePS.Client.Models
{
    /// <summary>The latest known state of the vehicle's battery; null where the vendor gave no value.</summary>
    public sealed class VehicleChargeState
    {
        /// <summary>Percent.</summary>
        public double? BatteryLevel { get; set; }

        /// <summary>Kilometres.</summary>
        public double? Range { get; set; }
        public bool? IsPluggedIn { get; set; }
        public bool? IsCharging { get; set; }
        public bool? IsFullyCharged { get; set; }

        /// <summary>kWh.</summary>
        public double? BatteryCapacity { get; set; }

        /// <summary>Percent of the battery capacity.</summary>
        public double? ChargeLimit { get; set; }

        /// <summary>kW, only while charging.</summary>
        public double? ChargeRate { get; set; }

        /// <summary>Minutes.</summary>
        public double? ChargeTimeRemaining { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        /// <summary>Amperes.</summary>
        public double? MaxCurrent { get; set; }

        /// <summary>One of UNKNOWN, UNPLUGGED, PLUGGED_IN:INITIALIZING, PLUGGED_IN:CHARGING, PLUGGED_IN:STOPPED, PLUGGED_IN:COMPLETE, PLUGGED_IN:NO_POWER, PLUGGED_IN:FAULT.</summary>
        public string? PowerDeliveryState { get; set; }
        public string? PluggedInChargerId { get; set; }

        public override string ToString() => PowerDeliveryState ?? "";
    }
}
