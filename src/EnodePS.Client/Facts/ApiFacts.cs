using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EnodePS.Client.Facts
{
    /// <summary>
    /// Values the API reference allows, for argument completion and validation: vendors per vendor type, scopes,
    /// webhook events, battery operation modes, languages. Read once from the reference's enumerations
    /// (spec/enums.json, compiled into this assembly), so that they change when the reference does.
    /// </summary>
    public static class ApiFacts
    {
        private static readonly Lazy<Dictionary<string, IReadOnlyList<string>>> Enums =
            new Lazy<Dictionary<string, IReadOnlyList<string>>>(LoadEnums);

        /// <summary>vehicle, charger, hvac, inverter, battery, meter.</summary>
        public static IReadOnlyList<string> VendorTypes => Values("(unnamed), vendorType");

        /// <summary>
        /// The reference lists access scopes only in prose ("Overview of scopes"), not as an enumeration, so they are
        /// kept here: for each asset type, read:data (always required), read:location and control scopes.
        /// </summary>
        public static IReadOnlyList<string> Scopes { get; } = new[]
        {
            "battery:control:operation_mode", "battery:read:data", "battery:read:location",
            "charger:control:charging", "charger:read:data",
            "hvac:control:mode", "hvac:read:data",
            "inverter:read:data", "inverter:read:location",
            "meter:read:data", "meter:read:location",
            "vehicle:control:charging", "vehicle:read:data", "vehicle:read:location",
        };

        /// <summary>Events a webhook can subscribe to, "*" (all) first.</summary>
        public static IReadOnlyList<string> WebhookEvents => Values("events");

        /// <summary>The operation modes a battery can be set to.</summary>
        public static IReadOnlyList<string> BatteryOperationModes => Values("operationMode [batteries]");

        /// <summary>BCP 47 codes the API translates into.</summary>
        public static IReadOnlyList<string> Languages => Values("language");

        /// <summary>Every vendor of one vendor type, or of all types when null (each vendor once).</summary>
        public static IReadOnlyList<string> Vendors(string? vendorType = null)
        {
            if (vendorType == null)
                return VendorTypes.SelectMany(t => Vendors(t)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            // The reference names each device area's vendor list after its webhook, e.g. "vendor [vehicles, webhook:vehicle]".
            var marker = "webhook:" + vendorType.ToLowerInvariant();
            return Enums.Value
                .Where(e => e.Key.StartsWith("vendor [", StringComparison.Ordinal) && Areas(e.Key).Contains(marker))
                .SelectMany(e => e.Value)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        /// <summary>"vendor [hvacs, webhook:hvac]" → hvacs, webhook:hvac.</summary>
        private static IEnumerable<string> Areas(string key) =>
            key.Substring(key.IndexOf('[') + 1).TrimEnd(']').Split(',').Select(a => a.Trim());

        private static IReadOnlyList<string> Values(string key) =>
            Enums.Value.TryGetValue(key, out var values) ? values : Array.Empty<string>();

        private static Dictionary<string, IReadOnlyList<string>> LoadEnums()
        {
            using (var stream = typeof(ApiFacts).Assembly.GetManifestResourceStream("EnodePS.Client.Facts.enums.json")
                ?? throw new InvalidOperationException("The reference's enumerations are not embedded in EnodePS.Client."))
            using (var document = JsonDocument.Parse(stream))
            {
                var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                foreach (var entry in document.RootElement.EnumerateObject())
                {
                    if (!entry.Value.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array) continue;
                    result[entry.Name] = values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
                }
                return result;
            }
        }
    }
}
