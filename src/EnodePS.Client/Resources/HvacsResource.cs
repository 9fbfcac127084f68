using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The HVAC units section of the API.</summary>
    public sealed class HvacsResource
    {
        private readonly ApiTransport _transport;

        internal HvacsResource(ApiTransport transport) { _transport = transport; }

        /// <summary>All HVAC units, or one user's when <paramref name="userId"/> is given, newest first.</summary>
        public IAsyncEnumerable<Hvac> ListAsync(string? userId = null, PageOptions? options = null, CancellationToken cancellationToken = default)
        {
            var path = userId == null ? "/hvacs" : RequestPath.Of("users", userId, "hvacs");
            return Paginator.StreamAsync(_transport, path, null, HvacsJsonContext.Default.PageHvac, options, cancellationToken);
        }

        public Task<Hvac> GetAsync(string hvacId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("hvacs", hvacId), HvacsJsonContext.Default.Hvac, cancellationToken);

        /// <summary>Asks Enode to fetch the HVAC unit's data from the vendor soon (POST /hvacs/{id}/refresh-hint).</summary>
        public Task RequestRefreshAsync(string hvacId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(_transport, "hvacs", hvacId, cancellationToken);
    }
}
