namespace EnodePS.Client.Models
{
    /// <summary>A vehicle's smart charging settings (GET/PUT /vehicles/{vehicleId}/smart-charging-policy).</summary>
    public sealed class SmartChargingPolicy
    {
        /// <summary>The vehicle the policy belongs to; the client fills it in, the API does not send it.</summary>
        public string VehicleId { get; set; } = "";

        public bool IsEnabled { get; set; }

        /// <summary>The time of day ("HH:mm", in the location's time zone or UTC) charging must be done by; smart charging needs one.</summary>
        public string? Deadline { get; set; }

        /// <summary>Percent to charge to at once, whatever the price.</summary>
        public double MinimumChargeLimit { get; set; }

        public override string ToString() => IsEnabled ? "Enabled, deadline " + Deadline : "Disabled";
    }
}
