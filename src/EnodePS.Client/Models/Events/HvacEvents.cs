using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:hvac:discovered, :updated and :deleted: a HVAC unit was linked, changed or removed.
    /// The HVAC unit is kept as a JsonRecord until the client has a model for it.
    /// </summary>
    public abstract class HvacEvent : UserEvent
    {
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord Hvac { get; set; } = new JsonRecord();
    }

    /// <summary>user:hvac:discovered: a new HVAC unit; only its information fields are filled in yet.</summary>
    public sealed class HvacDiscovered : HvacEvent
    {
    }

    /// <summary>user:hvac:updated: the HVAC unit's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class HvacUpdated : HvacEvent
    {
        /// <summary>Paths of the changed fields, e.g. "chargeState.batteryLevel".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:hvac:deleted: the HVAC unit is no longer linked.</summary>
    public sealed class HvacDeleted : HvacEvent
    {
    }
}
