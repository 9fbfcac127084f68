namespace EnodePS.Client.Models
{
    /// <summary>What an HVAC action asks for: a permanent hold of a mode and setpoints, or a return to the unit's schedule.</summary>
    public sealed class HvacActionTarget
    {
        /// <summary>HEAT, COOL, AUTO or OFF, for permanent holds.</summary>
        public string? Mode { get; set; }

        /// <summary>Degrees Celsius, for HEAT and AUTO.</summary>
        public double? HeatSetpoint { get; set; }

        /// <summary>Degrees Celsius, for COOL and AUTO.</summary>
        public double? CoolSetpoint { get; set; }

        /// <summary>PERMANENT for a hold, SCHEDULED for following the unit's schedule.</summary>
        public string? HoldType { get; set; }

        public override string ToString()
        {
            if (HoldType == "SCHEDULED") return "SCHEDULED";
            var setpoints = HeatSetpoint != null && CoolSetpoint != null ? System.FormattableString.Invariant($" {HeatSetpoint}-{CoolSetpoint}")
                : HeatSetpoint != null ? System.FormattableString.Invariant($" {HeatSetpoint}")
                : CoolSetpoint != null ? System.FormattableString.Invariant($" {CoolSetpoint}") : "";
            return (Mode ?? "") + setpoints;
        }
    }
}
