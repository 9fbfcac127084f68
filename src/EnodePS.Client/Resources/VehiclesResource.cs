using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The Vehicles section of the API.</summary>
    public sealed class VehiclesResource : DeviceCollection<Vehicle>
    {
        internal VehiclesResource(ApiTransport transport)
            : base(transport, "vehicles", () => VehiclesJsonContext.Default.Vehicle, () => VehiclesJsonContext.Default.PageVehicle) { }

        /// <summary>POST /vehicles/{id}/charging with START or STOP: the action that will start or stop charging.</summary>
        public Task<VendorAction> ControlChargingAsync(string vehicleId, string action, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(Transport, Collection, vehicleId, "charging", new ChargingRequest { Action = ControlValues.ChargingAction(action, nameof(action)) },
                ActionsJsonContext.Default.ChargingRequest, cancellationToken);

        /// <summary>POST /vehicles/{id}/max-current: the action that sets the current (amperes) the vehicle may draw while charging.</summary>
        public Task<VendorAction> SetMaxCurrentAsync(string vehicleId, double maxCurrent, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(Transport, Collection, vehicleId, "max-current", new MaxCurrentRequest { MaxCurrent = ControlValues.MaxCurrent(maxCurrent, nameof(maxCurrent)) },
                ActionsJsonContext.Default.MaxCurrentRequest, cancellationToken);
    }
}
