using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The Chargers section of the API.</summary>
    public sealed class ChargersResource
    {
        private readonly ApiTransport _transport;

        internal ChargersResource(ApiTransport transport) { _transport = transport; }

        /// <summary>All chargers, or one user's when <paramref name="userId"/> is given, newest first.</summary>
        public IAsyncEnumerable<Charger> ListAsync(string? userId = null, PageOptions? options = null, CancellationToken cancellationToken = default)
        {
            var path = userId == null ? "/chargers" : RequestPath.Of("users", userId, "chargers");
            return Paginator.StreamAsync(_transport, path, null, ChargersJsonContext.Default.PageCharger, options, cancellationToken);
        }

        public Task<Charger> GetAsync(string chargerId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("chargers", chargerId), ChargersJsonContext.Default.Charger, cancellationToken);

        /// <summary>Asks Enode to fetch the charger's data from the vendor soon (POST /chargers/{id}/refresh-hint).</summary>
        public Task RequestRefreshAsync(string chargerId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(_transport, "chargers", chargerId, cancellationToken);

        /// <summary>POST /chargers/{id}/charging with START or STOP: the action that will start or stop charging.</summary>
        public Task<VendorAction> ControlChargingAsync(string chargerId, string action, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(_transport, "chargers", chargerId, "charging", new ChargingRequest { Action = ControlValues.ChargingAction(action, nameof(action)) },
                ActionsJsonContext.Default.ChargingRequest, cancellationToken);

        /// <summary>POST /chargers/{id}/max-current: the action that sets the current (amperes) the charger may deliver.</summary>
        public Task<VendorAction> SetMaxCurrentAsync(string chargerId, double maxCurrent, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(_transport, "chargers", chargerId, "max-current", new MaxCurrentRequest { MaxCurrent = ControlValues.MaxCurrent(maxCurrent, nameof(maxCurrent)) },
                ActionsJsonContext.Default.MaxCurrentRequest, cancellationToken);

        /// <summary>
        /// POST /chargers/{id}/charge-rate-limit: the action that limits the charge rate (kW); the charger's max current
        /// follows. Give the charger (instead of its id) to check the limit against its allowed range first.
        /// </summary>
        public Task<VendorAction> SetChargeRateLimitAsync(string chargerId, double chargeRateLimit, CancellationToken cancellationToken = default) =>
            ControlRequest.SendAsync(_transport, "chargers", chargerId, "charge-rate-limit",
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
            ControlRequest.SetLocationAsync(_transport, "chargers", chargerId, locationId, ChargersJsonContext.Default.Charger, cancellationToken);
    }
}
