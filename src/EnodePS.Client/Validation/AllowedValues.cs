using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client
{
    /// <summary>Checks a value against a closed set, forgiving case and separators ("quarterHour" is QUARTER_HOUR).</summary>
    public static class AllowedValues
    {
        /// <summary>The allowed value that <paramref name="value"/> names, or an ArgumentException naming the parameter and the allowed values.</summary>
        public static string Normalize(string? value, IReadOnlyList<string> allowed, string parameterName) =>
            TryNormalize(value, allowed, out var canonical) ? canonical : throw Error(value, allowed, parameterName);

        /// <summary>The allowed value that <paramref name="value"/> names, if any.</summary>
        public static bool TryNormalize(string? value, IReadOnlyList<string> allowed, out string canonical)
        {
            canonical = "";
            if (value == null) return false;
            var key = Key(value);
            foreach (var candidate in allowed)
                if (Key(candidate) == key)
                {
                    canonical = candidate;
                    return true;
                }
            return false;
        }

        public static ArgumentException Error(string? value, IEnumerable<string> allowed, string parameterName) =>
            new ArgumentException($"'{value}' is not a valid {parameterName}. Allowed values: {string.Join(", ", allowed)}.", parameterName);

        private static string Key(string value) =>
            new string(value.Where(c => c != '_' && c != '-' && c != ' ').ToArray()).ToUpperInvariant();
    }
}
