using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:inverter:discovered, :updated and :deleted: a solar inverter was linked, changed or removed. <see cref="Inverter"/> is
    /// the same model Get-EnodeInverter writes.
    /// </summary>
    public abstract class InverterEvent : UserEvent
    {
        public Inverter Inverter { get; set; } = new Inverter();
    }

    /// <summary>user:inverter:discovered: a new solar inverter; only its information fields are filled in yet.</summary>
    public sealed class InverterDiscovered : InverterEvent
    {
    }

    /// <summary>user:inverter:updated: the solar inverter's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class InverterUpdated : InverterEvent
    {
        /// <summary>Paths of the changed fields, e.g. "lastSeen".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:inverter:deleted: the solar inverter is no longer linked.</summary>
    public sealed class InverterDeleted : InverterEvent
    {
    }
}
