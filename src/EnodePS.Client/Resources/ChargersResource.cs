using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The Chargers section of the API.</summary>
    public sealed class ChargersResource : DeviceCollection<Charger>
    {
        internal ChargersResource(ApiTransport transport)
            : base(transport, "chargers", () => ChargersJsonContext.Default.Charger, () => ChargersJsonContext.Default.PageCharger) { }

        /// <summary>Asks Enode to fetch the charger's data from the vendor soon (POST /chargers/{id}/refresh-hint).</summary>
        public Task RequestRefreshAsync(string chargerId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(Transport, Collection, chargerId, cancellationToken);

        /// <summary>POST /chargers/{id}/charging with START or STOP: the action that will start or stop charging.</summary>
        public Task<VendorAction> ControlChargingAsync(string chargerId, string action, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(Transport, Collection, chargerId, "charging", new ChargingRequest { Action = ControlValues.ChargingAction(action, nameof(action)) },
                ActionsJsonContext.Default.ChargingRequest, cancellationToken);

        /// <summary>POST /chargers/{id}/max-current: the action that sets the current (amperes) the charger may deliver.</summary>
        public Task<VendorAction> SetMaxCurrentAsync(string chargerId, double maxCurrent, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(Transport, Collection, chargerId, "max-current", new MaxCurrentRequest { MaxCurrent = ControlValues.MaxCurrent(maxCurrent, nameof(maxCurrent)) },
                ActionsJsonContext.Default.MaxCurrentRequest, cancellationToken);

        /// <summary>
        /// POST /chargers/{id}/charge-rate-limit: the action that limits the charge rate (kW); the charger's max current
        /// follows. Give the charger (instead of its id) to check the limit against its allowed range first.
        /// </summary>
        public Task<VendorAction> SetChargeRateLimitAsync(string chargerId, double chargeRateLimit, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(Transport, Collection, chargerId, "charge-rate-limit",
                new ChargeRateLimitRequest { ChargeRateLimit = ControlValues.ChargeRateLimit(chargeRateLimit, null, nameof(chargeRateLimit)) },
                ActionsJsonContext.Default.ChargeRateLimitRequest, cancellationToken);

        /// <inheritdoc cref="SetChargeRateLimitAsync(string, double, CancellationToken)"/>
        public Task<VendorAction> SetChargeRateLimitAsync(Charger charger, double chargeRateLimit, CancellationToken cancellationToken = default)
        {
            ControlValues.ChargeRateLimit(chargeRateLimit, charger, nameof(chargeRateLimit));
            DeviceCapabilities.Ensure(charger, "setChargeRateLimit");
            return SetChargeRateLimitAsync(charger.Id, chargeRateLimit, cancellationToken);
        }

        /// <summary>PUT /chargers/{id}: puts the charger at one of its user's locations, or at none (null). Returns the charger.</summary>
        public Task<Charger> SetLocationAsync(string chargerId, string? locationId, CancellationToken cancellationToken = default) =>
            ControlRequest.SetLocationAsync(Transport, Collection, chargerId, locationId, ChargersJsonContext.Default.Charger, cancellationToken);
    }
}
