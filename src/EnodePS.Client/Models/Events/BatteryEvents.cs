using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:battery:discovered, :updated and :deleted: a home battery was linked, changed or removed. <see cref="Battery"/> is
    /// the same model Get-EnodeBattery writes.
    /// </summary>
    public abstract class BatteryEvent : UserEvent
    {
        public Battery Battery { get; set; } = new Battery();
    }

    /// <summary>user:battery:discovered: a new home battery; only its information fields are filled in yet.</summary>
    public sealed class BatteryDiscovered : BatteryEvent
    {
    }

    /// <summary>user:battery:updated: the home battery's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class BatteryUpdated : BatteryEvent
    {
        /// <summary>Paths of the changed fields, e.g. "lastSeen".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:battery:deleted: the home battery is no longer linked.</summary>
    public sealed class BatteryDeleted : BatteryEvent
    {
    }
}
