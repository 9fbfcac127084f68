using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Publishes the "user:&lt;type&gt;:discovered", ":updated" and ":deleted" webhook events, with the payload the
    /// reference gives: the user, and the asset under its type's name ("hemSystem" for "hem-system").
    /// </summary>
    public static class DeviceEvents
    {
        public const string HemSystem = "hem-system";

        /// <summary>The fields a discovered event keeps; the reference says every other property is null at discovery.</summary>
        private static readonly string[] DiscoveredFields = { "id", "userId", "vendor", "information" };

        public static void Discovered(EmulatorState state, string vendorType, JsonObject device)
        {
            var payload = new JsonObject();
            foreach (var property in device)
                payload[property.Key] = System.Array.IndexOf(DiscoveredFields, property.Key) >= 0 ? property.Value?.DeepClone() : null;
            Publish(state, "user:" + vendorType + ":discovered", vendorType, payload, null);
        }

        public static void Updated(EmulatorState state, string vendorType, JsonObject device, IEnumerable<string> updatedFields)
        {
            var fields = new JsonArray();
            foreach (var field in updatedFields) fields.Add(field);
            Publish(state, "user:" + vendorType + ":updated", vendorType, (JsonObject)device.DeepClone(), fields);
        }

        /// <summary>The payload is the asset's last known state.</summary>
        public static void Deleted(EmulatorState state, string vendorType, JsonObject device) =>
            Publish(state, "user:" + vendorType + ":deleted", vendorType, (JsonObject)device.DeepClone(), null);

        private static void Publish(EmulatorState state, string name, string vendorType, JsonObject asset, JsonArray? updatedFields)
        {
            var userId = (string?)asset["userId"];
            var payload = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = userId },
                [vendorType == HemSystem ? "hemSystem" : vendorType] = asset,
            };
            if (updatedFields != null) payload["updatedFields"] = updatedFields;
            state.Events.Publish(name, payload);
        }
    }
}
