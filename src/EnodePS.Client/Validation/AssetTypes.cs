using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client.Validation
{
    /// <summary>Asset (vendor) types, and which of them each API area accepts.</summary>
    public static class AssetTypes
    {
        /// <summary>What a user can link: the API's vendorType values.</summary>
        public static readonly IReadOnlyList<string> Linkable = new[] { "vehicle", "charger", "hvac", "inverter", "battery", "meter" };

        /// <summary>What a schedule can target.</summary>
        public static readonly IReadOnlyList<string> ScheduleTargets = new[] { "vehicle", "charger" };

        /// <summary>What charging statistics are kept for.</summary>
        public static readonly IReadOnlyList<string> Statistics = new[] { "charger", "vehicle", "hvac" };

        /// <summary>The value from <paramref name="allowed"/> that matches, ignoring case; anything else is an error naming the allowed values.</summary>
        public static string Check(string value, IReadOnlyList<string> allowed, string parameterName)
        {
            var match = allowed.FirstOrDefault(a => string.Equals(a, value?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match == null) throw new EnodeValidationException(parameterName, value, "one of " + string.Join(", ", allowed) + ".");
            return match;
        }

        /// <summary>
        /// The asset type a model type name stands for: "EnodePS.Vehicle", "Deserialized.EnodePS.Charger" and
        /// "EnodePS.Client.Models.Hvac" give "vehicle", "charger" and "hvac". Null when the name is no asset's.
        /// </summary>
        public static string? FromModelTypeName(string? typeName)
        {
            if (string.IsNullOrEmpty(typeName)) return null;
            var last = typeName!.Substring(typeName.LastIndexOfAny(new[] { '.', '+' }) + 1);
            return Linkable.FirstOrDefault(t => string.Equals(t, last, StringComparison.OrdinalIgnoreCase));
        }
    }
}
