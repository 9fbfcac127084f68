using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:meter:discovered, :updated and :deleted: a meter was linked, changed or removed.
    /// The meter is kept as a JsonRecord until the client has a model for it.
    /// </summary>
    public abstract class MeterEvent : UserEvent
    {
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord Meter { get; set; } = new JsonRecord();
    }

    /// <summary>user:meter:discovered: a new meter; only its information fields are filled in yet.</summary>
    public sealed class MeterDiscovered : MeterEvent
    {
    }

    /// <summary>user:meter:updated: the meter's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class MeterUpdated : MeterEvent
    {
        /// <summary>Paths of the changed fields, e.g. "chargeState.batteryLevel".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:meter:deleted: the meter is no longer linked.</summary>
    public sealed class MeterDeleted : MeterEvent
    {
    }
}
