using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:hem-system:discovered, :updated and :deleted: a home energy management system was linked, changed or removed.
    /// The home energy management system is kept as a JsonRecord until the client has a model for it.
    /// </summary>
    public abstract class HemSystemEvent : UserEvent
    {
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord HemSystem { get; set; } = new JsonRecord();
    }

    /// <summary>user:hem-system:discovered: a new home energy management system; only its information fields are filled in yet.</summary>
    public sealed class HemSystemDiscovered : HemSystemEvent
    {
    }

    /// <summary>user:hem-system:updated: the home energy management system's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class HemSystemUpdated : HemSystemEvent
    {
        /// <summary>Paths of the changed fields, e.g. "chargeState.batteryLevel".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:hem-system:deleted: the home energy management system is no longer linked.</summary>
    public sealed class HemSystemDeleted : HemSystemEvent
    {
    }
}
