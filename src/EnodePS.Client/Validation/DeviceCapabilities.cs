using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using EnodePS.Client.Errors;

using EnodePS.Client.Models;

namespace EnodePS.Client
{
    /// <summary>
    /// Reads a device model's capabilities by the reference's names ("startCharging", "setPermanentHold",
    /// "importFocus"...), so that a control request can be refused before it is sent when the device cannot do it,
    /// with the interventions that would make it able to.
    /// </summary>
    public static class DeviceCapabilities
    {
        /// <summary>The capability's isCapable and interventionIds; null when the model has no capability of that name.</summary>
        public static (bool IsCapable, IReadOnlyList<string> InterventionIds)? Find(object device, string capability)
        {
            var capabilities = (device as IDevice)?.Capabilities;
            var descriptor = capabilities?.GetType().GetProperty(capability, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.GetValue(capabilities);
            if (descriptor == null) return null;
            var isCapable = descriptor.GetType().GetProperty("IsCapable")?.GetValue(descriptor) as bool?;
            if (isCapable == null) return null;
            var ids = descriptor.GetType().GetProperty("InterventionIds")?.GetValue(descriptor) as IEnumerable<string>;
            return (isCapable.Value, (ids ?? Enumerable.Empty<string>()).ToList());
        }

        /// <summary>Why the device cannot do it, with the intervention ids; null when it can (or the model does not say).</summary>
        public static string? Explain(object device, string capability)
        {
            var found = Find(device, capability);
            if (found == null || found.Value.IsCapable) return null;
            var text = new StringBuilder();
            text.Append(DeviceTypes.Of(device) ?? device.GetType().Name).Append(' ').Append(DeviceTypes.IdOf(device))
                .Append(" cannot do this: capabilities.").Append(capability).Append(".isCapable is false.");
            text.Append(found.Value.InterventionIds.Count == 0
                ? " No intervention is known that would enable it."
                : " Interventions that would enable it: " + string.Join(", ", found.Value.InterventionIds) + ".");
            return text.ToString();
        }

        /// <summary>Throws <see cref="NotCapableException"/> when the device reports that it cannot do it.</summary>
        public static void Ensure(object device, string capability)
        {
            var explanation = Explain(device, capability);
            if (explanation == null) return;
            throw new NotCapableException(explanation, DeviceTypes.Of(device) ?? device.GetType().Name, DeviceTypes.IdOf(device) ?? "", capability,
                Find(device, capability)!.Value.InterventionIds);
        }

        /// <summary>The capability a battery needs for an operation mode: IMPORT_FOCUS needs importFocus.</summary>
        public static string ForOperationMode(string operationMode)
        {
            var words = ControlValues.OperationMode(operationMode).ToLowerInvariant().Split('_');
            return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
        }
    }
}
