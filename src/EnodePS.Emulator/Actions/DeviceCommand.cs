using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Actions
{
    /// <summary>
    /// One change an action asks of a device: what the action records about it, whether the device can take it now,
    /// and how the device looks once it has.
    /// </summary>
    public abstract class DeviceCommand
    {
        /// <summary>The device capability this command needs, e.g. "startCharging".</summary>
        public abstract string Capability { get; }

        /// <summary>Adds the command's own fields to the action: kind, targetState or target.</summary>
        public abstract void Describe(JsonObject action);

        /// <summary>
        /// Null when the device can take the change now; UNNECESSARY when it is already in the desired state;
        /// FAILED_PRECONDITION when something the command needs does not hold (not plugged in, fully charged).
        /// </summary>
        public abstract ActionFailure? Check(JsonObject device);

        /// <summary>Makes the change on the device and returns the updated fields as dotted paths.</summary>
        public abstract IReadOnlyList<string> Apply(JsonObject device, DateTimeOffset now);

        /// <summary>True when the action describes the same change as this command would.</summary>
        public bool SameAs(JsonObject action)
        {
            var own = new JsonObject();
            Describe(own);
            foreach (var pair in own)
                if (!action.TryGetPropertyValue(pair.Key, out var value) || value?.ToJsonString() != pair.Value?.ToJsonString()) return false;
            return true;
        }

        protected static double? Number(JsonNode? node) => JsonNumbers.Read(node);

        protected static bool? Flag(JsonNode? node) =>
            node is JsonValue value && value.TryGetValue(out bool flag) ? flag : (bool?)null;
    }
}
