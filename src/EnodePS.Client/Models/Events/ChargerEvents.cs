using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:charger:discovered, :updated and :deleted: a charger was linked, changed or removed. <see cref="Charger"/> is
    /// the same model Get-EnodeCharger writes.
    /// </summary>
    public abstract class ChargerEvent : UserEvent
    {
        public Charger Charger { get; set; } = new Charger();
    }

    /// <summary>user:charger:discovered: a new charger; only its information fields are filled in yet.</summary>
    public sealed class ChargerDiscovered : ChargerEvent
    {
    }

    /// <summary>user:charger:updated: the charger's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class ChargerUpdated : ChargerEvent
    {
        /// <summary>Paths of the changed fields, e.g. "lastSeen".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:charger:deleted: the charger is no longer linked.</summary>
    public sealed class ChargerDeleted : ChargerEvent
    {
    }
}
