using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:hem-system:discovered, :updated and :deleted: a home energy management system was linked, changed or removed. <see cref="HemSystem"/> is
    /// the same model Get-EnodeHemSystem writes.
    /// </summary>
    public abstract class HemSystemEvent : UserEvent
    {
        public HemSystem HemSystem { get; set; } = new HemSystem();
    }

    /// <summary>user:hem-system:discovered: a new home energy management system; only its information fields are filled in yet.</summary>
    public sealed class HemSystemDiscovered : HemSystemEvent
    {
    }

    /// <summary>user:hem-system:updated: the home energy management system's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class HemSystemUpdated : HemSystemEvent
    {
        /// <summary>Paths of the changed fields, e.g. "lastSeen".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:hem-system:deleted: the home energy management system is no longer linked.</summary>
    public sealed class HemSystemDeleted : HemSystemEvent
    {
    }
}
