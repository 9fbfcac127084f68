using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:battery:discovered, :updated and :deleted: a battery was linked, changed or removed.
    /// The battery is kept as a JsonRecord until the client has a model for it.
    /// </summary>
    public abstract class BatteryEvent : UserEvent
    {
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord Battery { get; set; } = new JsonRecord();
    }

    /// <summary>user:battery:discovered: a new battery; only its information fields are filled in yet.</summary>
    public sealed class BatteryDiscovered : BatteryEvent
    {
    }

    /// <summary>user:battery:updated: the battery's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class BatteryUpdated : BatteryEvent
    {
        /// <summary>Paths of the changed fields, e.g. "chargeState.batteryLevel".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:battery:deleted: the battery is no longer linked.</summary>
    public sealed class BatteryDeleted : BatteryEvent
    {
    }
}
