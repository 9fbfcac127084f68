using System;

namespace EnodePS.Client.Models
{
    public sealed class HvacThermostatState
    {
        /// <summary>One of UNKNOWN, OFF, AUTO, COOL, HEAT.</summary>
        public string? Mode { get; set; }

        /// <summary>Degrees Celsius: heats below it, where the mode allows.</summary>
        public double? HeatSetpoint { get; set; }

        /// <summary>Degrees Celsius: cools above it, where the mode allows.</summary>
        public double? CoolSetpoint { get; set; }

        /// <summary>PERMANENT, or SCHEDULED when the unit follows its own schedule.</summary>
        public string? HoldType { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        public override string ToString() => Mode ?? "";
    }
}
