using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>user:vehicle:smart-charging-status-updated: a vehicle's smart charging status was recalculated.</summary>
    public sealed class VehicleSmartChargingStatusUpdated : UserEvent
    {
        /// <summary>The status (state, consideration, plan, smartOverride...), as a JsonRecord.</summary>
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord SmartChargingStatus { get; set; } = new JsonRecord();

        public List<string> UpdatedFields { get; set; } = new List<string>();
    }
}
