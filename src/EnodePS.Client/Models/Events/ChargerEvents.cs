using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:charger:discovered, :updated and :deleted: a charger was linked, changed or removed.
    /// The charger is kept as a JsonRecord until the client has a model for it.
    /// </summary>
    public abstract class ChargerEvent : UserEvent
    {
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord Charger { get; set; } = new JsonRecord();
    }

    /// <summary>user:charger:discovered: a new charger; only its information fields are filled in yet.</summary>
    public sealed class ChargerDiscovered : ChargerEvent
    {
    }

    /// <summary>user:charger:updated: the charger's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class ChargerUpdated : ChargerEvent
    {
        /// <summary>Paths of the changed fields, e.g. "chargeState.batteryLevel".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:charger:deleted: the charger is no longer linked.</summary>
    public sealed class ChargerDeleted : ChargerEvent
    {
    }
}
