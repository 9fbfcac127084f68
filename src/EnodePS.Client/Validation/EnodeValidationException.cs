using System;
using System.Globalization;

namespace EnodePS.Client.Validation
{
    /// <summary>
    /// A value the API would reject, caught before sending. Names the parameter as the caller knows it (a cmdlet
    /// passes "-Latitude"'s name, a .NET caller gets the method's parameter name) and says what is allowed.
    /// </summary>
    public sealed class EnodeValidationException : ArgumentException
    {
        public EnodeValidationException(string parameterName, object? value, string allowed)
            : base(string.Format(CultureInfo.InvariantCulture, "Cannot use '{0}' for {1}: {2}", Describe(value), parameterName, allowed), parameterName)
        {
            ParameterName = parameterName;
            Value = value;
            Allowed = allowed;
        }

        public string ParameterName { get; }
        public object? Value { get; }

        /// <summary>What the parameter accepts, e.g. "a number from -90 to 90".</summary>
        public string Allowed { get; }

        /// <summary>Without ArgumentException's "(Parameter 'x')" suffix: the message already names the parameter.</summary>
        public override string Message => Text("");

        /// <summary>The message with the parameter written as the caller's users write it, e.g. "-Latitude" for PowerShell.</summary>
        public string Text(string parameterPrefix) =>
            string.Format(CultureInfo.InvariantCulture, "Cannot use '{0}' for {1}{2}: {3}", Describe(Value), parameterPrefix, ParameterName, Allowed);

        private static string Describe(object? value)
        {
            switch (value)
            {
                case null: return "(nothing)";
                case string s: return s;
                case System.Collections.IEnumerable list:
                    var parts = new System.Collections.Generic.List<string>();
                    foreach (var item in list) parts.Add(Convert.ToString(item, CultureInfo.InvariantCulture) ?? "");
                    return string.Join(", ", parts);
                default: return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            }
        }
    }
}
