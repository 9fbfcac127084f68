using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The Meters section of the API (beta).</summary>
    public sealed class MetersResource : DeviceCollection<Meter>
    {
        internal MetersResource(ApiTransport transport)
            : base(transport, "meters", () => MetersJsonContext.Default.Meter, () => MetersJsonContext.Default.PageMeter) { }

        /// <summary>Asks Enode to fetch the meter's data from the vendor soon (POST /meters/{id}/refresh-hint).</summary>
        public Task RequestRefreshAsync(string meterId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(Transport, Collection, meterId, cancellationToken);
    }
}
