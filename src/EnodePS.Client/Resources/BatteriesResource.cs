using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The Batteries section of the API (beta).</summary>
    public sealed class BatteriesResource : DeviceCollection<Battery>
    {
        internal BatteriesResource(ApiTransport transport)
            : base(transport, "batteries", () => BatteriesJsonContext.Default.Battery, () => BatteriesJsonContext.Default.PageBattery) { }

        /// <summary>Asks Enode to fetch the battery's data from the vendor soon (POST /batteries/{id}/refresh-hint).</summary>
        public Task RequestRefreshAsync(string batteryId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(Transport, Collection, batteryId, cancellationToken);

        /// <summary>POST /batteries/{id}/operation-mode: the action that puts the battery in IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE or IDLE.</summary>
        public Task<VendorAction> SetOperationModeAsync(string batteryId, string operationMode, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(Transport, Collection, batteryId, "operation-mode",
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
