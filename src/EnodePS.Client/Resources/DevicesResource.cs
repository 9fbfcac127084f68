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
            var path = RequestPath.Of("/{collection}/{id}", DeviceTypes.CollectionOf(type), deviceId);
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

        /// <summary>Starts or stops charging a vehicle or a charger: the action, from POST /{vehicles|chargers}/{id}/charging.</summary>
        public Task<VendorAction> ControlChargingAsync(string deviceType, string deviceId, string action, CancellationToken cancellationToken = default)
        {
            var type = AllowedValues.Normalize(deviceType, ActionTargetTypes.Charging, nameof(deviceType));
            return type == DeviceTypes.Vehicle
                ? new VehiclesResource(_transport).ControlChargingAsync(deviceId, action, cancellationToken)
                : new ChargersResource(_transport).ControlChargingAsync(deviceId, action, cancellationToken);
        }

        /// <summary>Sets the max current of a vehicle or a charger: the action, from POST /{vehicles|chargers}/{id}/max-current.</summary>
        public Task<VendorAction> SetMaxCurrentAsync(string deviceType, string deviceId, double maxCurrent, CancellationToken cancellationToken = default)
        {
            var type = AllowedValues.Normalize(deviceType, ActionTargetTypes.Charging, nameof(deviceType));
            return type == DeviceTypes.Vehicle
                ? new VehiclesResource(_transport).SetMaxCurrentAsync(deviceId, maxCurrent, cancellationToken)
                : new ChargersResource(_transport).SetMaxCurrentAsync(deviceId, maxCurrent, cancellationToken);
        }

        /// <summary>
        /// Starts or stops charging a Vehicle or Charger model, its type inferred from the model's class; refused before
        /// sending (<see cref="Errors.NotCapableException"/>) when the device reports it cannot.
        /// </summary>
        public Task<VendorAction> ControlChargingAsync(object device, string action, CancellationToken cancellationToken = default)
        {
            var type = ChargingTypeOf(device, nameof(device));
            var normalized = ControlValues.ChargingAction(action, nameof(action));
            DeviceCapabilities.Ensure(device, normalized == ControlValues.Start ? "startCharging" : "stopCharging");
            return ControlChargingAsync(type, DeviceTypes.IdOf(device)!, normalized, cancellationToken);
        }

        /// <summary>Sets the max current of a Vehicle or Charger model; refused before sending when it cannot (setMaxCurrent).</summary>
        public Task<VendorAction> SetMaxCurrentAsync(object device, double maxCurrent, CancellationToken cancellationToken = default)
        {
            var type = ChargingTypeOf(device, nameof(device));
            ControlValues.MaxCurrent(maxCurrent, nameof(maxCurrent));
            DeviceCapabilities.Ensure(device, "setMaxCurrent");
            return SetMaxCurrentAsync(type, DeviceTypes.IdOf(device)!, maxCurrent, cancellationToken);
        }

        /// <summary>"vehicle" or "charger" for those models; an ArgumentException naming the allowed models for anything else.</summary>
        public static string ChargingTypeOf(object? device, string parameterName = "device")
        {
            var type = DeviceTypes.Of(device);
            if (type == DeviceTypes.Vehicle || type == DeviceTypes.Charger) return type;
            throw new ArgumentException($"Cannot control charging of a {device?.GetType().Name ?? "null"}. Allowed values: Vehicle or Charger objects.", parameterName);
        }
    }
}
