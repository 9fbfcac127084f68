using System;
using System.Collections.Generic;
using System.Globalization;
using EnodePS.Client.Facts;

namespace EnodePS.Client
{
    /// <summary>
    /// Checks the values of control requests before they are sent, with errors that name the parameter and what it
    /// accepts. The reference gives no range for max current; the bounds here catch values that cannot be meant
    /// (watts or kilowatts instead of amperes): 80 A is the highest current a single AC charging connector carries.
    /// </summary>
    public static class ControlValues
    {
        public const string Start = "START";
        public const string Stop = "STOP";

        public static readonly IReadOnlyList<string> ChargingActions = new[] { Start, Stop };

        public const double MinMaxCurrent = 1;
        public const double MaxMaxCurrent = 80;

        /// <summary>The battery operation modes the reference accepts (IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE, IDLE).</summary>
        public static IReadOnlyList<string> OperationModes => ApiFacts.BatteryOperationModes;

        public static string ChargingAction(string? value, string parameterName = "action") => AllowedValues.Normalize(value, ChargingActions, parameterName);

        public static string OperationMode(string? value, string parameterName = "operationMode") => AllowedValues.Normalize(value, OperationModes, parameterName);

        public static double MaxCurrent(double amperes, string parameterName = "maxCurrent")
        {
            if (double.IsNaN(amperes) || amperes < MinMaxCurrent || amperes > MaxMaxCurrent)
                throw new Validation.EnodeValidationException(parameterName, amperes, string.Format(CultureInfo.InvariantCulture,
                    "a current from {0} to {1} amperes.", MinMaxCurrent, MaxMaxCurrent));
            return amperes;
        }

        /// <summary>A charge rate limit in kW: above 0, and within the charger's allowed range when the charger is at hand.</summary>
        public static double ChargeRateLimit(double kilowatts, Models.Charger? charger = null, string parameterName = "chargeRateLimit")
        {
            if (double.IsNaN(kilowatts) || double.IsInfinity(kilowatts) || kilowatts <= 0)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "{0} kW is not a valid {1}. Allowed values: a number of kilowatts greater than 0.", kilowatts, parameterName), parameterName);
            var range = charger?.Capabilities.SetChargeRateLimit.AllowedRange;
            if (range != null && (kilowatts < range.Min || kilowatts > range.Max))
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "{0} kW is not a valid {1} for charger {2}. Allowed values: {3} to {4} kW.", kilowatts, parameterName, charger!.Id,
                    range.Min?.ToString(CultureInfo.InvariantCulture) ?? "any", range.Max?.ToString(CultureInfo.InvariantCulture) ?? "any"), parameterName);
            return kilowatts;
        }
    }
}
