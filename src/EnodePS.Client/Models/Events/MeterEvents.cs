using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:meter:discovered, :updated and :deleted: a meter was linked, changed or removed. <see cref="Meter"/> is
    /// the same model Get-EnodeMeter writes.
    /// </summary>
    public abstract class MeterEvent : UserEvent
    {
        public Meter Meter { get; set; } = new Meter();
    }

    /// <summary>user:meter:discovered: a new meter; only its information fields are filled in yet.</summary>
    public sealed class MeterDiscovered : MeterEvent
    {
    }

    /// <summary>user:meter:updated: the meter's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class MeterUpdated : MeterEvent
    {
        /// <summary>Paths of the changed fields, e.g. "lastSeen".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:meter:deleted: the meter is no longer linked.</summary>
    public sealed class MeterDeleted : MeterEvent
    {
    }
}
