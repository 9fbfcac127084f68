using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;

namespace EnodePS.Client.Resources
{
    /// <summary>The refresh-hint request every device collection shares: POST /{collection}/{id}/refresh-hint, no body, 204.</summary>
    internal static class RefreshHint
    {
        public static Task SendAsync(ApiTransport transport, string collection, string deviceId, CancellationToken cancellationToken) =>
            transport.SendAsync(HttpMethod.Post, RequestPath.Of("/{collection}/{deviceId}/refresh-hint", collection, deviceId), null, cancellationToken);
    }
}
