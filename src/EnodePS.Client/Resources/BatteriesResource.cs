using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The Batteries section of the API (beta).</summary>
    public sealed class BatteriesResource
    {
        private readonly ApiTransport _transport;

        internal BatteriesResource(ApiTransport transport) { _transport = transport; }

        /// <summary>All batteries, or one user's when <paramref name="userId"/> is given, newest first.</summary>
        public IAsyncEnumerable<Battery> ListAsync(string? userId = null, PageOptions? options = null, CancellationToken cancellationToken = default)
        {
            var path = userId == null ? "/batteries" : RequestPath.Of("users", userId, "batteries");
            return Paginator.StreamAsync(_transport, path, null, BatteriesJsonContext.Default.PageBattery, options, cancellationToken);
        }

        public Task<Battery> GetAsync(string batteryId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("batteries", batteryId), BatteriesJsonContext.Default.Battery, cancellationToken);

        /// <summary>Asks Enode to fetch the battery's data from the vendor soon (POST /batteries/{id}/refresh-hint).</summary>
        public Task RequestRefreshAsync(string batteryId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(_transport, "batteries", batteryId, cancellationToken);

        /// <summary>POST /batteries/{id}/operation-mode: the action that puts the battery in IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE or IDLE.</summary>
        public Task<VendorAction> SetOperationModeAsync(string batteryId, string operationMode, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(_transport, "batteries", batteryId, "operation-mode",
                new OperationModeRequest { OperationMode = ControlValues.OperationMode(operationMode, nameof(operationMode)) },
                ActionsJsonContext.Default.OperationModeRequest, cancellationToken);

        /// <summary>The same, refused before sending when the battery's capabilities do not allow the mode.</summary>
        public Task<VendorAction> SetOperationModeAsync(Battery battery, string operationMode, CancellationToken cancellationToken = default)
        {
            DeviceCapabilities.Ensure(battery, DeviceCapabilities.ForOperationMode(operationMode));
            return SetOperationModeAsync(battery.Id, operationMode, cancellationToken);
        }
    }
}
