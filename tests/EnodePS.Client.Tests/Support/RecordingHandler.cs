using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EnodePS.Client.Tests.Support
{
    /// <summary>
    /// An in-process primary handler that records every request as it reaches the wire (URI, headers, body) and
    /// answers the token endpoint with a token and everything else with <see cref="Answer"/> (a 404 by default).
    /// </summary>
    internal sealed class RecordingHandler : HttpMessageHandler
    {
        public static readonly Uri ApiUrl = new Uri("https://api.enode.invalid/");
        public static readonly Uri TokenUrl = new Uri("https://oauth.enode.invalid/oauth2/token");

        public ConcurrentQueue<SentRequest> Sent { get; } = new ConcurrentQueue<SentRequest>();

        public Func<HttpRequestMessage, HttpResponseMessage> Answer { get; set; } =
            _ => Json(HttpStatusCode.NotFound, "{\"type\":\"https://developers.enode.com/problems/not-found\",\"title\":\"Not Found\"}");

        public Func<HttpRequestMessage, HttpResponseMessage> TokenAnswer { get; set; } =
            _ => Json(HttpStatusCode.OK, "{\"access_token\":\"recorded-token\",\"token_type\":\"bearer\",\"expires_in\":3600}");

        public IReadOnlyList<SentRequest> ApiRequests => Sent.Where(r => r.Uri.Host != TokenUrl.Host).ToList();

        public static EnodeClient Client(RecordingHandler handler, Action<EnodeClientOptions>? configure = null)
        {
            var options = new EnodeClientOptions
            {
                Environment = EnodeEnvironment.Custom,
                ApiUrl = ApiUrl,
                TokenUrl = TokenUrl,
                ClientId = "client-id",
                ClientSecret = SecureStrings.FromPlain("client-secret"),
                PrimaryHandlerFactory = () => handler,
                Retry = new RetryOptions { MaxRetries = 0 },
            };
            configure?.Invoke(options);
            return new EnodeClient(options);
        }

        public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
            new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content == null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
            var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
            Sent.Enqueue(new SentRequest(request.Method.Method, request.RequestUri!, headers, body));
            if (request.RequestUri!.Host == TokenUrl.Host) return TokenAnswer(request);
            return Answer(request);
        }

        // The pipeline disposes its primary handler with the client; the test owns this one.
        protected override void Dispose(bool disposing) { }
    }

    internal sealed class SentRequest
    {
        public SentRequest(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string? body)
        {
            Method = method;
            Uri = uri;
            Headers = headers;
            Body = body;
        }

        public string Method { get; }
        public Uri Uri { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public string? Body { get; }

        /// <summary>The path's segments as they went on the wire, unescaped.</summary>
        public string[] Segments => Uri.AbsolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();

        public override string ToString() => $"{Method} {Uri}";
    }
}
