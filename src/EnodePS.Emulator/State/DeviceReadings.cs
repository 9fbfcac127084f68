using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>What schedules, smart charging and statistics read from a device document of any type.</summary>
    public static class DeviceReadings
    {
        /// <summary>The id of the Enode location the device is at: location.id, or a top-level locationId.</summary>
        public static string? LocationId(JsonObject device) =>
            (device["location"] as JsonObject)?["id"] is JsonValue id ? (string?)id : (string?)(device["locationId"] as JsonValue);

        public static bool IsPluggedIn(JsonObject device) => (bool?)(device["chargeState"]?["isPluggedIn"] as JsonValue) ?? false;

        public static bool IsCharging(JsonObject device) => (bool?)(device["chargeState"]?["isCharging"] as JsonValue) ?? false;

        /// <summary>A device without a battery (a charger) always "needs" charge; a vehicle does until it reaches its limit.</summary>
        public static bool NeedsCharge(JsonObject device)
        {
            var state = device["chargeState"] as JsonObject;
            if (state == null) return true;
            if ((bool?)(state["isFullyCharged"] as JsonValue) == true) return false;
            var level = JsonNumbers.Read(state["batteryLevel"]);
            var limit = JsonNumbers.Read(state["chargeLimit"]);
            return !(level.HasValue && limit.HasValue && level.Value >= limit.Value);
        }
    }
}
