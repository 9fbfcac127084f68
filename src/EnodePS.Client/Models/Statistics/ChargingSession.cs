using System;

namespace EnodePS.Client.Models
{
    /// <summary>One charging session of a device, with its energy and price statistics. Flat, for Export-Csv.</summary>
    public sealed class ChargingSession
    {
        public string UserId { get; set; } = "";

        /// <summary>charger, vehicle or hvac.</summary>
        public string Type { get; set; } = "";
        public string DeviceId { get; set; } = "";
        public string? LocationId { get; set; }
        public DateTimeOffset From { get; set; }
        public DateTimeOffset To { get; set; }
        public TimeSpan Duration => To - From;
        public double? KwMin { get; set; }
        public double? KwMax { get; set; }
        public double? KwMean { get; set; }
        public double? KwhSum { get; set; }
        public double? PriceMin { get; set; }
        public double? PriceMax { get; set; }
        public double? PriceMean { get; set; }
        public double? CostSum { get; set; }
        public double? NonSmartPriceMin { get; set; }
        public double? NonSmartPriceMax { get; set; }
        public double? NonSmartPriceMean { get; set; }
        public double? EstimatedSavings { get; set; }

        public override string ToString() => FormattableString.Invariant($"{From:u} {KwhSum} kWh");
    }
}
