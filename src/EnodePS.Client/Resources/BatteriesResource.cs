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
    }
}
