using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client.Validation
{
    /// <summary>The scopes a link session can ask for, and the reference's rule that each asset type needs its read:data scope.</summary>
    public static class LinkScopes
    {
        public static readonly IReadOnlyList<string> All = new[]
        {
            "battery:control:operation_mode", "battery:read:location", "battery:read:data",
            "charger:control:charging", "charger:read:data",
            "hvac:control:mode", "hvac:read:data",
            "inverter:read:data", "inverter:read:location",
            "meter:read:location", "meter:read:data",
            "vehicle:control:charging", "vehicle:read:data", "vehicle:read:location",
        };

        /// <summary>
        /// The scopes in the API's spelling, without repeats. At least one is needed, each must be known, and
        /// "&lt;type&gt;:read:data" must be among them for every asset type that another scope or
        /// <paramref name="vendorType"/> names.
        /// </summary>
        public static List<string> Check(IEnumerable<string>? scopes, string? vendorType, string parameterName)
        {
            var given = (scopes ?? Enumerable.Empty<string>()).ToList();
            if (given.Count == 0)
                throw new EnodeValidationException(parameterName, null, "at least one scope, e.g. vehicle:read:data. Scopes: " + string.Join(", ", All) + ".");
            var result = new List<string>();
            foreach (var scope in given)
            {
                var match = All.FirstOrDefault(s => string.Equals(s, scope?.Trim(), StringComparison.OrdinalIgnoreCase));
                if (match == null) throw new EnodeValidationException(parameterName, scope, "one of " + string.Join(", ", All) + ".");
                if (!result.Contains(match)) result.Add(match);
            }

            var types = result.Select(AssetTypeOf).ToList();
            if (vendorType != null) types.Add(vendorType);
            foreach (var type in types.Distinct())
                if (!result.Contains(type + ":read:data"))
                    throw new EnodeValidationException(parameterName, given,
                        $"the {type}:read:data scope is required to link {type} assets; add it to the scopes.");
            return result;
        }

        public static string AssetTypeOf(string scope) => scope.Substring(0, scope.IndexOf(':'));
    }
}
