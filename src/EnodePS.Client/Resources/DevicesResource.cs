using System;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;

namespace EnodePS.Client.Resources
{
    /// <summary>
    /// Any device by its vendor type (vehicle, charger, hvac, inverter, battery, meter): for callers that hold a type
    /// and an id, or a device model, rather than knowing the kind of device in advance.
    /// </summary>
    public sealed class DevicesResource
    {
        private readonly ApiTransport _transport;

        internal DevicesResource(ApiTransport transport) { _transport = transport; }

        /// <summary>The device as its model: a Vehicle, Charger, Hvac, Inverter, Battery or Meter.</summary>
        public async Task<object> GetAsync(string deviceType, string deviceId, CancellationToken cancellationToken = default)
        {
            var type = DeviceTypes.Normalize(deviceType, nameof(deviceType));
            var path = RequestPath.Of(DeviceTypes.CollectionOf(type), deviceId);
            switch (type)
            {
                case DeviceTypes.Vehicle: return await _transport.GetAsync(path, VehiclesJsonContext.Default.Vehicle, cancellationToken).ConfigureAwait(false);
                case DeviceTypes.Charger: return await _transport.GetAsync(path, ChargersJsonContext.Default.Charger, cancellationToken).ConfigureAwait(false);
                case DeviceTypes.Hvac: return await _transport.GetAsync(path, HvacsJsonContext.Default.Hvac, cancellationToken).ConfigureAwait(false);
                case DeviceTypes.Inverter: return await _transport.GetAsync(path, InvertersJsonContext.Default.Inverter, cancellationToken).ConfigureAwait(false);
                case DeviceTypes.Battery: return await _transport.GetAsync(path, BatteriesJsonContext.Default.Battery, cancellationToken).ConfigureAwait(false);
                default: return await _transport.GetAsync(path, MetersJsonContext.Default.Meter, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// POST /{devices}/{id}/refresh-hint: asks Enode to fetch the device's data from the vendor sooner than it
        /// otherwise would. The answer is 204; the data arrives later (watch lastSeen, or webhooks).
        /// </summary>
        public Task RequestRefreshAsync(string deviceType, string deviceId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(_transport, DeviceTypes.CollectionOf(DeviceTypes.Normalize(deviceType, nameof(deviceType))), deviceId, cancellationToken);

        /// <summary>Sends the refresh hint for a device model, its type inferred from the model's class.</summary>
        public Task RequestRefreshAsync(object device, CancellationToken cancellationToken = default)
        {
            var type = DeviceTypes.Of(device) ?? throw new ArgumentException(
                $"Cannot tell the device type of a {device?.GetType().Name ?? "null"}. Allowed values: Vehicle, Charger, Hvac, Inverter, Battery or Meter objects.", nameof(device));
            return RequestRefreshAsync(type, DeviceTypes.IdOf(device)!, cancellationToken);
        }
    }
}
