using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;

namespace EnodePS.Client.Resources
{
    /// <summary>
    /// POST /{devices}/{id}/refresh-hint for any device type: asks Enode to fetch the device's data from the vendor
    /// sooner than it otherwise would. The answer is 204; the data arrives later (watch lastSeen or webhooks).
    /// </summary>
    public sealed class RefreshHints
    {
        private readonly ApiTransport _transport;

        internal RefreshHints(ApiTransport transport) { _transport = transport; }

        /// <summary>Sends the hint for a device of <paramref name="deviceType"/> (vehicle, charger, hvac, inverter, battery, meter).</summary>
        public Task RequestAsync(string deviceType, string deviceId, CancellationToken cancellationToken = default) =>
            _transport.SendAsync(HttpMethod.Post, RequestPath.Of(DeviceTypes.CollectionOf(deviceType), deviceId, "refresh-hint"), null, cancellationToken);

        /// <summary>Sends the hint for a device model (Vehicle, Charger, Hvac, Inverter, Battery or Meter).</summary>
        public Task RequestAsync(object device, CancellationToken cancellationToken = default)
        {
            var type = DeviceTypes.Of(device) ?? throw new System.ArgumentException(
                $"Cannot tell the device type of a {device?.GetType().Name ?? "null"}. Allowed values: Vehicle, Charger, Hvac, Inverter, Battery or Meter objects.", nameof(device));
            return RequestAsync(type, DeviceTypes.IdOf(device)!, cancellationToken);
        }
    }
}
