using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Http;
using EnodePS.Client.Models;

namespace EnodePS.Client.Resources
{
    /// <summary>The Service health section of the API: readiness and the status of each vendor type's vendors.</summary>
    public sealed class HealthResource
    {
        private readonly ApiTransport _transport;
        private readonly Func<DateTimeOffset> _now;

        internal HealthResource(ApiTransport transport, Func<DateTimeOffset> now)
        {
            _transport = transport;
            _now = now;
        }

        /// <summary>
        /// GET /health/ready. A 503 is an answer here (not ready), so it is neither retried nor thrown; other errors
        /// (401, network failures) throw as usual.
        /// </summary>
        public async Task<ServiceReadiness> GetReadinessAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                var response = await _transport.SendRawAsync(HttpMethod.Get, "/health/ready", null, retryErrorStatuses: false, cancellationToken).ConfigureAwait(false);
                return new ServiceReadiness(true, response.StatusCode, _now());
            }
            catch (EnodeApiException ex) when (ex.StatusCode == 503)
            {
                return new ServiceReadiness(false, 503, _now(), ex.Detail);
            }
        }

        /// <summary>GET /health/{vendorType}s: the vendors of one type (vehicle, charger, hvac, inverter, battery, meter).</summary>
        public async Task<IReadOnlyList<VendorHealth>> ListVendorsAsync(string vendorType, CancellationToken cancellationToken = default)
        {
            var type = DeviceTypes.Normalize(vendorType, nameof(vendorType));
            var vendors = await _transport.GetAsync(RequestPath.Of("/health/{collection}", DeviceTypes.CollectionOf(type)), HealthJsonContext.Default.ListVendorHealth, cancellationToken)
                .ConfigureAwait(false);
            foreach (var vendor in vendors) vendor.VendorType = type;
            return vendors;
        }
    }
}
