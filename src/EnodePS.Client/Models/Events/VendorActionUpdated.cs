using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>user:vendor-action:updated: an action (charge, HVAC, operation mode...) changed state.</summary>
    public sealed class VendorActionUpdated : UserEvent
    {
        /// <summary>The action (id, state, targetId, targetType, failureReason...), as a JsonRecord.</summary>
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord VendorAction { get; set; } = new JsonRecord();

        public List<string> UpdatedFields { get; set; } = new List<string>();
    }
}
