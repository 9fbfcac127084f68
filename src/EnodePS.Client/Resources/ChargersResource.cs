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
    }
}
