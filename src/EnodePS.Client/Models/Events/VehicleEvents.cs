using System.Collections.Generic;
namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:vehicle:discovered, :updated and :deleted: a Vehicle was linked, changed or removed.
    /// </summary>
    public abstract class VehicleEvent : UserEvent
    {
        public Vehicle Vehicle { get; set; } = new Vehicle();
    }

    /// <summary>user:vehicle:discovered: a new Vehicle; only its information fields are filled in yet.</summary>
    public sealed class VehicleDiscovered : VehicleEvent
    {
    }

    /// <summary>user:vehicle:updated: the Vehicle's fields named in <see cref="UpdatedFields"/> changed.</summary>
    public sealed class VehicleUpdated : VehicleEvent
    {
        /// <summary>Paths of the changed fields, e.g. "chargeState.batteryLevel".</summary>
        public List<string> UpdatedFields { get; set; } = new List<string>();
    }

    /// <summary>user:vehicle:deleted: the Vehicle is no longer linked.</summary>
    public sealed class VehicleDeleted : VehicleEvent
    {
    }
}
