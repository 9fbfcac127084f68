namespace EnodePS.Client.Models
{
    /// <summary>The smart charging settings embedded in a vehicle.</summary>
    public sealed class VehicleSmartChargingPolicy
    {
        public bool IsEnabled { get; set; }

        /// <summary>The time of day charging should be done by, as HH:mm.</summary>
        public string? Deadline { get; set; }

        /// <summary>Percent to charge to at once, regardless of price.</summary>
        public double MinimumChargeLimit { get; set; }
    }
}
