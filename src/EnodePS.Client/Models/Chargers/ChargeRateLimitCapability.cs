using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>Whether a charger's charge rate limit can be set, and within which range (kW).</summary>
    public sealed class ChargeRateLimitCapability
    {
        public bool IsCapable { get; set; }
        public List<string> InterventionIds { get; set; } = new List<string>();
        public NumberRange AllowedRange { get; set; } = new NumberRange();

        public override string ToString() => (IsCapable ? "Capable" : "Not capable") + (AllowedRange.Min != null || AllowedRange.Max != null ? " (" + AllowedRange + " kW)" : "");
    }
}
