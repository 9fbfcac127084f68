using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Logging;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Http
{
    /// <summary>Sends API requests through the pipeline and turns answers into models or <see cref="EnodeApiException"/>.</summary>
    public sealed class ApiTransport
    {
        private readonly Func<HttpClient> _client;
        private readonly Uri _apiBase;
        private readonly SecretSet _secrets;

        internal ApiTransport(Func<HttpClient> client, Uri apiBase, SecretSet secrets)
        {
            _client = client;
            _apiBase = apiBase;
            _secrets = secrets;
        }

        public Uri ApiBase => _apiBase;

        public async Task<T> GetAsync<T>(string pathAndQuery, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            var body = await SendCheckedAsync(HttpMethod.Get, pathAndQuery, null, cancellationToken).ConfigureAwait(false);
            return ProblemReader.Deserialize(body, typeInfo, "answer to GET " + StripQuery(pathAndQuery));
        }

        /// <summary>Sends a JSON body (or none) and reads a JSON answer.</summary>
        public async Task<TResult> SendAsync<TBody, TResult>(HttpMethod method, string pathAndQuery, TBody body,
            JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
        {
            var json = JsonSerializer.Serialize(body, bodyType);
            var answer = await SendCheckedAsync(method, pathAndQuery, json, cancellationToken).ConfigureAwait(false);
            return ProblemReader.Deserialize(answer, resultType, $"answer to {method} {StripQuery(pathAndQuery)}");
        }

        /// <summary>
        /// Sends and reads the answer as <typeparamref name="T"/> both on success and on <paramref name="alsoReadStatus"/>,
        /// for an API that answers that error with the resource itself (a 409 with the action that is already resolved).
        /// Any other error status becomes an exception as usual.
        /// </summary>
        internal async Task<(int Status, T Value)> SendReadingStatusAsync<T>(HttpMethod method, string pathAndQuery, string? jsonBody,
            JsonTypeInfo<T> resultType, int alsoReadStatus, CancellationToken cancellationToken)
        {
            using (var request = CreateRequest(method, pathAndQuery, jsonBody))
            using (var response = await SendAsync(request, cancellationToken).ConfigureAwait(false))
            {
                var body = await BodyOf(response).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode && status != alsoReadStatus)
                    throw ProblemReader.ToException(response, body, method.Method, SentPath(request), _secrets);
                return (status, ProblemReader.Deserialize(body, resultType, $"answer to {method} {StripQuery(pathAndQuery)}"));
            }
        }

        /// <summary>Sends a request whose success has no body worth reading (204 and the like).</summary>
        public Task SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellationToken) =>
            SendCheckedAsync(method, pathAndQuery, jsonBody, cancellationToken);

        /// <summary>Sends and returns the body bytes of a successful answer; an error status becomes an exception.</summary>
        public async Task<byte[]> SendCheckedAsync(HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellationToken)
        {
            using (var request = CreateRequest(method, pathAndQuery, jsonBody))
            using (var response = await SendAsync(request, cancellationToken).ConfigureAwait(false))
            {
                var body = await BodyOf(response).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                    throw ProblemReader.ToException(response, body, method.Method, SentPath(request), _secrets);
                return body;
            }
        }

        /// <summary>
        /// GETs an answer to be read once and dropped (a page of a listing): its bytes may sit in a pooled array, so
        /// the caller disposes the result as soon as it has read it. An error status becomes an exception.
        /// </summary>
        internal async Task<ResponseBody> GetBodyAsync(string pathAndQuery, CancellationToken cancellationToken)
        {
            using (var request = CreateRequest(HttpMethod.Get, pathAndQuery, null))
            {
                RequestFlags.Set(request, BufferedBodyContent.PooledProperty);
                using (var response = await SendAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    if (!response.IsSuccessStatusCode)
                        throw ProblemReader.ToException(response, await BodyOf(response).ConfigureAwait(false), "GET", SentPath(request), _secrets);
                    if (response.Content is BufferedBodyContent buffered) return buffered.TakeBody();
                    var body = await BodyOf(response).ConfigureAwait(false);
                    return new ResponseBody(body, body.Length, pooled: false);
                }
            }
        }

        /// <summary>Sends and returns whatever came back, error statuses included.</summary>
        public Task<RawResponse> SendRawAsync(HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellationToken) =>
            SendRawAsync(method, pathAndQuery, jsonBody, retryErrorStatuses: true, cancellationToken);

        /// <summary>
        /// As <see cref="SendRawAsync(HttpMethod, string, string, CancellationToken)"/>; with <paramref name="retryErrorStatuses"/>
        /// false a 429 or 503 is the answer rather than a reason to retry (probes such as /health/ready).
        /// </summary>
        internal async Task<RawResponse> SendRawAsync(HttpMethod method, string pathAndQuery, string? jsonBody, bool retryErrorStatuses,
            CancellationToken cancellationToken)
        {
            using (var request = CreateRequest(method, pathAndQuery, jsonBody, retryErrorStatuses))
            using (var response = await SendAsync(request, cancellationToken).ConfigureAwait(false))
            {
                var body = await BodyOf(response).ConfigureAwait(false);
                var headers = response.Headers.Concat(response.Content.Headers)
                    .Where(h => !Redactor.IsSecretHeader(h.Key))
                    .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
                if (!response.IsSuccessStatusCode)
                    throw ProblemReader.ToException(response, body, method.Method, SentPath(request), _secrets);
                return new RawResponse((int)response.StatusCode, headers, Encoding.UTF8.GetString(body));
            }
        }

        /// <summary>
        /// Sends through the pipeline with ResponseHeadersRead: the retry handler has read the body whole already, and
        /// HttpClient's own buffering would copy it once more.
        /// </summary>
        private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

        /// <summary>The answer's bytes: those the retry handler read, without a copy; any other content is read here.</summary>
        private static async Task<byte[]> BodyOf(HttpResponseMessage response)
        {
            if (response.Content is BufferedBodyContent buffered) return buffered.ToArray();
            return response.Content == null ? Array.Empty<byte>() : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        }

        private HttpRequestMessage CreateRequest(HttpMethod method, string pathAndQuery, string? jsonBody, bool retryErrorStatuses = true)
        {
            var uri = new Uri(_apiBase, pathAndQuery.TrimStart('/'));
            // System.Uri collapses "." and ".." segments: a path that lost or gained segments would reach another resource.
            if (RequestPath.SegmentCount(uri.AbsolutePath) != RequestPath.SegmentCount(_apiBase.AbsolutePath) + RequestPath.SegmentCount(pathAndQuery))
                throw new EnodeValidationException("path", pathAndQuery, "a path without '.' or '..' segments");
            var request = new HttpRequestMessage(method, uri);
            request.Headers.Accept.ParseAdd("application/json");
            if (!retryErrorStatuses) RequestFlags.Set(request, RetryHandler.NoStatusRetryProperty);
            if (jsonBody != null) request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
            return request;
        }

        /// <summary>The path as it went on the wire (escaped, after System.Uri's normalisation), without the query.</summary>
        private static string SentPath(HttpRequestMessage request) => request.RequestUri!.AbsolutePath;

        private static string StripQuery(string pathAndQuery)
        {
            var q = pathAndQuery.IndexOf('?');
            return q < 0 ? pathAndQuery : pathAndQuery.Substring(0, q);
        }
    }
}
