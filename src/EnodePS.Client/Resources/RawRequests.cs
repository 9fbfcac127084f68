using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Json;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>Requests to any path, for what the typed resources do not cover. Answers come back as text, or as objects the caller builds (<see cref="IJsonObjectBuilder{TObject}"/>).</summary>
    public sealed class RawRequests
    {
        private readonly ApiTransport _transport;

        internal RawRequests(ApiTransport transport) { _transport = transport; }

        /// <summary>Sends one request; <paramref name="jsonBody"/> is sent as is. Error statuses throw EnodeApiException.</summary>
        public Task<RawResponse> SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellationToken = default) =>
            _transport.SendRawAsync(method, pathAndQuery, jsonBody, cancellationToken);

        /// <summary>Reads every page of a list endpoint and yields each item of "data" as plain values (<see cref="JsonRecord"/> for objects).</summary>
        public IAsyncEnumerable<object?> StreamAsync(string pathAndQuery, PageOptions? options = null, CancellationToken cancellationToken = default) =>
            StreamAsync(pathAndQuery, JsonRecordBuilder.Instance, options, cancellationToken);

        /// <summary>
        /// Reads every page of a list endpoint and yields each item of "data" as <paramref name="builder"/> builds it
        /// (objects; the other values as <see cref="IJsonObjectBuilder{TObject}"/> describes), looking one page ahead
        /// as the typed listings do.
        /// </summary>
        public IAsyncEnumerable<object?> StreamAsync<TObject>(string pathAndQuery, IJsonObjectBuilder<TObject> builder, PageOptions? options = null,
            CancellationToken cancellationToken = default) where TObject : class =>
            Paginator.StreamAsync(_transport, pathAndQuery, null, (body, what) => JsonValueReader.ReadPage(body, builder, what), options, cancellationToken);
    }
}
