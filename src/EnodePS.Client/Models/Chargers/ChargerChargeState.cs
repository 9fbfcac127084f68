using System;

namespace EnodePS.Client.Models
{
    /// <summary>The latest known charging state of a charger; null where the vendor gave no value.</summary>
    public sealed class ChargerChargeState
    {
        public bool? IsPluggedIn { get; set; }
        public bool? IsCharging { get; set; }

        /// <summary>kW, only while charging.</summary>
        public double? ChargeRate { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        /// <summary>Amperes, when a maximum has been set.</summary>
        public double? MaxCurrent { get; set; }

        /// <summary>One of UNKNOWN, UNPLUGGED, PLUGGED_IN:INITIALIZING, PLUGGED_IN:CHARGING, PLUGGED_IN:STOPPED, PLUGGED_IN:NO_POWER, PLUGGED_IN:FAULT, PLUGGED_IN:DISCHARGING.</summary>
        public string? PowerDeliveryState { get; set; }

        /// <summary>The vehicle plugged into the charger, when Enode can tell which one it is.</summary>
        public string? PluggedInVehicleId { get; set; }

        /// <summary>kW; null when the vendor does not report it (early-adopter feature).</summary>
        public double? ChargeRateLimit { get; set; }

        public override string ToString() => PowerDeliveryState ?? "";
    }
}
