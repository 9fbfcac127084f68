using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EnodePS.Client.Models;

namespace EnodePS.Client
{
    /// <summary>
    /// A permanent hold for an HVAC unit: a mode with exactly the setpoints it uses (HEAT a heat setpoint, COOL a cool
    /// setpoint, AUTO both with heat below cool, OFF none), in degrees Celsius. The modes are those of the unit's
    /// thermostatState.mode that a unit can be told to hold.
    /// </summary>
    public sealed class HvacHold
    {
        public const string Heat = "HEAT";
        public const string Cool = "COOL";
        public const string Auto = "AUTO";
        public const string Off = "OFF";

        public static readonly IReadOnlyList<string> Modes = new[] { Heat, Cool, Auto, Off };

        /// <summary>Checks the combination; an ArgumentException names the parameter at fault and what it accepts.</summary>
        public HvacHold(string? mode, double? heatSetpoint = null, double? coolSetpoint = null)
        {
            Mode = AllowedValues.Normalize(mode, Modes, "mode");
            CheckSetpoint(heatSetpoint, "heatSetpoint", UsesHeatSetpoint(Mode));
            CheckSetpoint(coolSetpoint, "coolSetpoint", UsesCoolSetpoint(Mode));
            if (Mode == Auto && heatSetpoint >= coolSetpoint)
                throw new ArgumentException(Invariant("A coolSetpoint of {0} is not above the heatSetpoint of {1}. Allowed values: in AUTO mode the coolSetpoint must be above the heatSetpoint.", coolSetpoint, heatSetpoint), "coolSetpoint");
            HeatSetpoint = heatSetpoint;
            CoolSetpoint = coolSetpoint;
        }

        public string Mode { get; }
        public double? HeatSetpoint { get; }
        public double? CoolSetpoint { get; }

        public static bool UsesHeatSetpoint(string mode) => mode == Heat || mode == Auto;
        public static bool UsesCoolSetpoint(string mode) => mode == Cool || mode == Auto;

        /// <summary>Checks the hold against what the unit reports it can do: its capable modes and setpoint ranges.</summary>
        public void ValidateFor(Hvac unit)
        {
            var capabilities = unit.Capabilities;
            if (capabilities.CapableModes != null && !capabilities.CapableModes.Contains(Mode, StringComparer.OrdinalIgnoreCase))
                throw new ArgumentException($"HVAC unit {unit.Id} cannot hold {Mode}. Allowed values: {string.Join(", ", capabilities.CapableModes)}.", "mode");
            CheckRange(HeatSetpoint, capabilities.HeatSetpointRange, "heatSetpoint", unit.Id);
            CheckRange(CoolSetpoint, capabilities.CoolSetpointRange, "coolSetpoint", unit.Id);
            if (HeatSetpoint != null && CoolSetpoint != null)
            {
                var range = capabilities.SetpointDifferenceRange;
                var difference = CoolSetpoint - HeatSetpoint;
                if (range != null && (difference < range.Min || difference > range.Max))
                    throw new ArgumentException(Invariant("HVAC unit {0} needs the coolSetpoint {1} to {2} degrees above the heatSetpoint; {3} is {4} above. Allowed values: a coolSetpoint from {5} to {6}.",
                        unit.Id, range.Min, range.Max, CoolSetpoint, difference, HeatSetpoint + range.Min, HeatSetpoint + range.Max), "coolSetpoint");
            }
        }

        private void CheckSetpoint(double? value, string name, bool used)
        {
            if (!used && value != null)
                throw new ArgumentException(Invariant("{0} is not used in {1} mode. Allowed values: none; {2}.", name, Mode, Uses()), name);
            if (used && value == null)
                throw new ArgumentException(Invariant("{0} mode needs a {1}. Allowed values: a temperature in degrees Celsius; {2}.", Mode, name, Uses()), name);
            if (value != null && (double.IsNaN(value.Value) || double.IsInfinity(value.Value)))
                throw new Validation.EnodeValidationException(name, value.Value, "a finite temperature in degrees Celsius.");
        }

        private string Uses() => Mode == Heat ? "HEAT uses heatSetpoint" : Mode == Cool ? "COOL uses coolSetpoint" : Mode == Auto ? "AUTO uses heatSetpoint and coolSetpoint" : "OFF uses no setpoint";

        private static void CheckRange(double? value, NumberRange? range, string name, string unitId)
        {
            if (value == null || range == null || (!(value < range.Min) && !(value > range.Max))) return;
            throw new ArgumentException(Invariant("A {0} of {1} is outside what HVAC unit {2} accepts. Allowed values: {3} to {4}.", name, value, unitId, range.Min, range.Max), name);
        }

        private static string Invariant(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

        public override string ToString() => Mode + (HeatSetpoint != null ? Invariant(" heat {0}", HeatSetpoint) : "") + (CoolSetpoint != null ? Invariant(" cool {0}", CoolSetpoint) : "");
    }
}
