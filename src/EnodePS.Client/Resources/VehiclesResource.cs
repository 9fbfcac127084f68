using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The Vehicles section of the API.</summary>
    public sealed class VehiclesResource
    {
        private readonly ApiTransport _transport;

        internal VehiclesResource(ApiTransport transport) { _transport = transport; }

        /// <summary>All vehicles, or one user's when <paramref name="userId"/> is given, newest first.</summary>
        public IAsyncEnumerable<Vehicle> ListAsync(string? userId = null, PageOptions? options = null, CancellationToken cancellationToken = default)
        {
            var path = userId == null ? "/vehicles" : RequestPath.Of("users", userId, "vehicles");
            return Paginator.StreamAsync(_transport, path, null, VehiclesJsonContext.Default.PageVehicle, options, cancellationToken);
        }

        public Task<Vehicle> GetAsync(string vehicleId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("vehicles", vehicleId), VehiclesJsonContext.Default.Vehicle, cancellationToken);

        /// <summary>POST /vehicles/{id}/charging with START or STOP: the action that will start or stop charging.</summary>
        public Task<VendorAction> ControlChargingAsync(string vehicleId, string action, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(_transport, "vehicles", vehicleId, "charging", new ChargingRequest { Action = ControlValues.ChargingAction(action, nameof(action)) },
                ActionsJsonContext.Default.ChargingRequest, cancellationToken);

        /// <summary>POST /vehicles/{id}/max-current: the action that sets the current (amperes) the vehicle may draw while charging.</summary>
        public Task<VendorAction> SetMaxCurrentAsync(string vehicleId, double maxCurrent, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(_transport, "vehicles", vehicleId, "max-current", new MaxCurrentRequest { MaxCurrent = ControlValues.MaxCurrent(maxCurrent, nameof(maxCurrent)) },
                ActionsJsonContext.Default.MaxCurrentRequest, cancellationToken);
    }
}
