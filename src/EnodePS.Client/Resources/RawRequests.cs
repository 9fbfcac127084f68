using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Json;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>Requests to any path, for what the typed resources do not cover. Answers come back as plain values.</summary>
    public sealed class RawRequests
    {
        private readonly ApiTransport _transport;

        internal RawRequests(ApiTransport transport) { _transport = transport; }

        /// <summary>Sends one request; <paramref name="jsonBody"/> is sent as is. Error statuses throw EnodeApiException.</summary>
        public Task<RawResponse> SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellationToken = default) =>
            _transport.SendRawAsync(method, pathAndQuery, jsonBody, cancellationToken);

        /// <summary>Reads every page of a list endpoint and yields each item of "data" as a plain value.</summary>
        public async IAsyncEnumerable<object?> StreamAsync(string pathAndQuery, PageOptions? options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var items = Paginator.StreamAsync(_transport, pathAndQuery, null, CoreJsonContext.Default.PageJsonElement, options, cancellationToken);
            await foreach (var item in items.ConfigureAwait(false))
                yield return JsonTree.AnswerToPlain(item, "answer to GET " + pathAndQuery.Split('?')[0]);
        }
    }
}
