using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Logging;

namespace EnodePS.Client.Http
{
    /// <summary>
    /// Logs each attempt: method, path, status and duration (verbose); headers and bodies (debug). Every secret is
    /// masked before the text leaves this class.
    /// </summary>
    internal sealed class LoggingHandler : DelegatingHandler
    {
        private const int MaxLoggedBody = 4096;
        private readonly IEnodeLog? _fallback;
        private readonly SecretSet _secrets;

        public LoggingHandler(IEnodeLog? fallback, SecretSet secrets)
        {
            _fallback = fallback;
            _secrets = secrets;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var log = EnodeLogScope.Current ?? _fallback;
            if (log == null) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

            var target = request.Method.Method + " " + request.RequestUri?.PathAndQuery;
            if (log.IsDebugEnabled)
                log.Debug(_secrets.Scrub("Request " + target + Environment.NewLine + Headers(request.Headers, request.Content?.Headers)
                    + await Body(request.Content).ConfigureAwait(false)));

            var watch = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                log.Verbose(_secrets.Scrub($"{target} failed after {watch.ElapsedMilliseconds} ms: {ex.GetType().Name}: {ex.Message}"));
                throw;
            }
            log.Verbose(_secrets.Scrub($"{target} -> {(int)response.StatusCode} {response.ReasonPhrase} ({watch.ElapsedMilliseconds} ms)"));
            if (log.IsDebugEnabled)
                log.Debug(_secrets.Scrub("Response " + (int)response.StatusCode + Environment.NewLine
                    + Headers(response.Headers, response.Content?.Headers) + await Body(response.Content).ConfigureAwait(false)));
            return response;
        }

        private static string Headers(HttpHeaders headers, HttpHeaders? contentHeaders)
        {
            var text = new StringBuilder();
            foreach (var h in contentHeaders == null ? headers : headers.Concat(contentHeaders))
                text.Append("  ").Append(h.Key).Append(": ").Append(Redactor.Header(h.Key, string.Join(", ", h.Value))).AppendLine();
            return text.ToString();
        }

        private static async Task<string> Body(HttpContent? content)
        {
            if (content == null) return "";
            await content.LoadIntoBufferAsync().ConfigureAwait(false);
            var body = await content.ReadAsStringAsync().ConfigureAwait(false);
            if (body.Length > MaxLoggedBody) body = body.Substring(0, MaxLoggedBody) + $"... ({body.Length} characters)";
            return Redactor.Body(body);
        }
    }
}
