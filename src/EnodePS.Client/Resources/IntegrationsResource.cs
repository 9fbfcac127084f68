using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;

namespace EnodePS.Client.Resources
{
    /// <summary>GET /integrations: the vendors your client can link, per asset type.</summary>
    public sealed class IntegrationsResource
    {
        private readonly ApiTransport _transport;

        internal IntegrationsResource(ApiTransport transport) { _transport = transport; }

        /// <summary>Every vendor of the asset types (all types when none are given); the types are checked before sending.</summary>
        public async Task<IReadOnlyList<Integration>> ListAsync(IEnumerable<string>? assetTypes = null, CancellationToken cancellationToken = default)
        {
            var types = assetTypes?.Select(t => DeviceTypes.Normalize(t, nameof(assetTypes))).Distinct().ToList();
            var path = RequestPath.WithQuery("/integrations", new[]
            {
                new KeyValuePair<string, string?>("assetTypes", types == null || types.Count == 0 ? null : string.Join(",", types)),
            });
            return await _transport.GetAsync(path, IntegrationsJsonContext.Default.ListIntegration, cancellationToken).ConfigureAwait(false);
        }
    }
}
