namespace EnodePS.Client.Models
{
    /// <summary>What a max current, charge rate limit or battery operation mode action asks for.</summary>
    public sealed class ActionTargetState
    {
        /// <summary>Amperes, for max current actions on vehicles and chargers.</summary>
        public double? MaxCurrent { get; set; }

        /// <summary>kW, for charge rate limit actions on chargers.</summary>
        public double? ChargeRateLimit { get; set; }

        /// <summary>IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE or IDLE, for battery actions.</summary>
        public string? OperationMode { get; set; }

        public override string ToString() =>
            OperationMode ?? (MaxCurrent != null ? System.FormattableString.Invariant($"{MaxCurrent} A") : ChargeRateLimit != null ? System.FormattableString.Invariant($"{ChargeRateLimit} kW") : "");
    }
}
