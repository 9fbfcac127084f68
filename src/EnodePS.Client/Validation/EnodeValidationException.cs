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
            : this(parameterName, value, allowed, "", null)
        {
        }

        /// <summary>
        /// <paramref name="parameterPrefix"/> is how the caller's users write a parameter's name ("-" for PowerShell);
        /// the message uses it, <see cref="ParameterName"/> does not.
        /// </summary>
        public EnodeValidationException(string parameterName, object? value, string allowed, string parameterPrefix, Exception? innerException)
            : base(string.Format(CultureInfo.InvariantCulture, "Cannot use '{0}' for {1}{2}: {3}", Describe(value), parameterPrefix, parameterName, allowed),
                parameterName, innerException)
        {
            ParameterName = parameterName;
            Value = value;
            Allowed = allowed;
            ParameterPrefix = parameterPrefix;
        }

        public string ParameterName { get; }
        public object? Value { get; }

        /// <summary>What the parameter accepts, e.g. "a number from -90 to 90".</summary>
        public string Allowed { get; }

        /// <summary>Without ArgumentException's "(Parameter 'x')" suffix: the message already names the parameter.</summary>
        public override string Message => Text(ParameterPrefix);

        public string ParameterPrefix { get; }

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
