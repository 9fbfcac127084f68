using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Publishes the "user:&lt;type&gt;:discovered" and "user:&lt;type&gt;:deleted" webhook events, with the payload the
    /// reference gives: the user, and the asset under its type's name.
    /// </summary>
    public static class DeviceEvents
    {
        /// <summary>The fields a discovered event keeps; the reference says every other property is null at discovery.</summary>
        private static readonly string[] DiscoveredFields = { "id", "userId", "vendor", "information" };

        public static void Discovered(EmulatorState state, string vendorType, JsonObject device)
        {
            var payload = new JsonObject();
            foreach (var property in device)
                payload[property.Key] = System.Array.IndexOf(DiscoveredFields, property.Key) >= 0 ? property.Value?.DeepClone() : null;
            Publish(state, "user:" + vendorType + ":discovered", vendorType, payload);
        }

        /// <summary>The payload is the asset's last known state.</summary>
        public static void Deleted(EmulatorState state, string vendorType, JsonObject device) =>
            Publish(state, "user:" + vendorType + ":deleted", vendorType, (JsonObject)device.DeepClone());

        private static void Publish(EmulatorState state, string name, string vendorType, JsonObject asset)
        {
            var userId = (string?)asset["userId"];
            state.Events.Publish(name, new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = userId },
                [vendorType] = asset,
            });
        }
    }
}
