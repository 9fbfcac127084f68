using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Http
{
    /// <summary>Adds Enode-Version and a User-Agent that names EnodePS and its version.</summary>
    internal sealed class EnodeHeadersHandler : DelegatingHandler
    {
        public const string VersionHeader = "Enode-Version";

        private readonly string _apiVersion;

        public EnodeHeadersHandler(string apiVersion) { _apiVersion = apiVersion; }

        public static readonly string UserAgent =
            "EnodePS/" + typeof(EnodeHeadersHandler).Assembly.GetName().Version?.ToString(3);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!request.Headers.Contains(VersionHeader)) request.Headers.TryAddWithoutValidation(VersionHeader, _apiVersion);
            if (request.Headers.UserAgent.Count == 0) request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            // Last line against header injection: whatever put it there, no header value leaves with a line break.
            foreach (var header in request.Headers)
                foreach (var value in header.Value)
                    if (value.IndexOf('\r') >= 0 || value.IndexOf('\n') >= 0)
                        throw new EnodeValidationException(header.Key, Logging.Redactor.Header(header.Key, value), "a header value without line breaks (CR or LF).");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
