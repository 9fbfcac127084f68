using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The Meters section of the API (beta).</summary>
    public sealed class MetersResource
    {
        private readonly ApiTransport _transport;

        internal MetersResource(ApiTransport transport) { _transport = transport; }

        /// <summary>All meters, or one user's when <paramref name="userId"/> is given, newest first.</summary>
        public IAsyncEnumerable<Meter> ListAsync(string? userId = null, PageOptions? options = null, CancellationToken cancellationToken = default)
        {
            var path = userId == null ? "/meters" : RequestPath.Of("users", userId, "meters");
            return Paginator.StreamAsync(_transport, path, null, MetersJsonContext.Default.PageMeter, options, cancellationToken);
        }

        public Task<Meter> GetAsync(string meterId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("meters", meterId), MetersJsonContext.Default.Meter, cancellationToken);

        /// <summary>Asks Enode to fetch the meter's data from the vendor soon (POST /meters/{id}/refresh-hint).</summary>
        public Task RequestRefreshAsync(string meterId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(_transport, "meters", meterId, cancellationToken);
    }
}
