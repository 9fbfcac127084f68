using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:vehicle:smart-charging-status-updated: a vehicle's smart charging status was recalculated.
    /// <see cref="SmartChargingStatus"/> is the same model Get-EnodeSmartChargingStatus writes.
    /// </summary>
    public sealed class VehicleSmartChargingStatusUpdated : UserEvent
    {
        public SmartChargingStatus SmartChargingStatus { get; set; } = new SmartChargingStatus();

        public List<string> UpdatedFields { get; set; } = new List<string>();
    }
}
