using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:hvac:discovered, :updated and :deleted: a HVAC unit was linked, changed or removed. <see cref="Hvac"/> is
    /// the same model Get-EnodeHvac writes.
    /// </summary>
    public abstract class HvacEvent : UserEvent
    {
        public Hvac Hvac { get; set; } = new Hvac();
    }

    /// <summary>user:hvac:discovered: a new HVAC unit; only its information fields are filled in yet.</summary>
    public sealed class HvacDiscovered : HvacEvent
    {
    }

    /// <summary>user:hvac:updated: the HVAC unit's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class HvacUpdated : HvacEvent
    {
        /// <summary>Paths of the changed fields, e.g. "lastSeen".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:hvac:deleted: the HVAC unit is no longer linked.</summary>
    public sealed class HvacDeleted : HvacEvent
    {
    }
}
