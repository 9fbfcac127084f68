using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:inverter:discovered, :updated and :deleted: a solar inverter was linked, changed or removed.
    /// The solar inverter is kept as a JsonRecord until the client has a model for it.
    /// </summary>
    public abstract class InverterEvent : UserEvent
    {
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord Inverter { get; set; } = new JsonRecord();
    }

    /// <summary>user:inverter:discovered: a new solar inverter; only its information fields are filled in yet.</summary>
    public sealed class InverterDiscovered : InverterEvent
    {
    }

    /// <summary>user:inverter:updated: the solar inverter's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class InverterUpdated : InverterEvent
    {
        /// <summary>Paths of the changed fields, e.g. "chargeState.batteryLevel".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:inverter:deleted: the solar inverter is no longer linked.</summary>
    public sealed class InverterDeleted : InverterEvent
    {
    }
}
