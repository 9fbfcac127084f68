using System;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// One period of charging statistics (of the resolution asked for). Flat on purpose: every property is a scalar,
    /// so rows export as they are with Export-Csv. Prices are per kWh; costs in the price currency.
    /// </summary>
    public sealed class ChargingStatistics
    {
        public string UserId { get; set; } = "";

        /// <summary>charger, vehicle or hvac.</summary>
        public string Type { get; set; } = "";

        /// <summary>The device asked for; null when the row covers all the user's devices of the type.</summary>
        public string? DeviceId { get; set; }
        public string? LocationId { get; set; }
        public string Resolution { get; set; } = "";

        /// <summary>The start of the period.</summary>
        public DateTimeOffset Date { get; set; }
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

        /// <summary>What smart charging saved in the period; null when it did not act.</summary>
        public double? EstimatedSavings { get; set; }

        public override string ToString() => FormattableString.Invariant($"{Date:u} {KwhSum} kWh");
    }
}
