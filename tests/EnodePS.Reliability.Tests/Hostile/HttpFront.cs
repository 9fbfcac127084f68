using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator;
using EnodePS.Tests.Shared;

namespace EnodePS.Reliability.Tests.Hostile
{
    /// <summary>
    /// Serves a message handler (a <see cref="DamagingProxy"/>'s) over HTTP on 127.0.0.1, so that a module in a real
    /// runspace, which connects by URL, meets the same damaged answers a client given the handler meets.
    /// </summary>
    public sealed class HttpFront : IDisposable
    {
        private static readonly string[] RequestHeadersNotCopied = { "Host", "Content-Length", "Content-Type", "Connection", "Expect", "Transfer-Encoding" };
        private readonly HttpListener _listener = new HttpListener();
        private readonly HttpMessageInvoker _handler;

        public HttpFront(HttpMessageHandler handler)
        {
            _handler = new HttpMessageInvoker(handler);
            var port = WebhookReceiver.FreePort();
            BaseUrl = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Add(BaseUrl.ToString());
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public Uri BaseUrl { get; }
        public Uri TokenUrl => new Uri(BaseUrl, "oauth2/token");

        private async Task AcceptAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }
                catch (HttpListenerException)
                {
                    continue;
                }
                _ = Task.Run(() => ServeAsync(context));
            }
        }

        private async Task ServeAsync(HttpListenerContext context)
        {
            try
            {
                var incoming = context.Request;
                using var request = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), new Uri(EnodeEmulator.InProcessBaseUrl, incoming.RawUrl!.TrimStart('/')));
                using var body = new MemoryStream();
                await incoming.InputStream.CopyToAsync(body).ConfigureAwait(false);
                if (body.Length > 0 || incoming.ContentType != null)
                {
                    request.Content = new ByteArrayContent(body.ToArray());
                    if (incoming.ContentType != null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(incoming.ContentType);
                }
                foreach (var name in incoming.Headers.AllKeys)
                    if (name != null && Array.IndexOf(RequestHeadersNotCopied, name) < 0)
                        request.Headers.TryAddWithoutValidation(name, incoming.Headers.GetValues(name));

                using var response = await _handler.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
                var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                // HTTP/1.1 has no body after a 204 or a 304: what a damaged one carries cannot reach a client over the wire.
                if (response.StatusCode == HttpStatusCode.NoContent || response.StatusCode == HttpStatusCode.NotModified) bytes = Array.Empty<byte>();
                var outgoing = context.Response;
                outgoing.StatusCode = (int)response.StatusCode;
                foreach (var header in response.Headers)
                    if (header.Key != "Transfer-Encoding" && header.Key != "Connection") outgoing.Headers[header.Key] = string.Join(", ", header.Value);
                if (response.Content.Headers.ContentType != null) outgoing.ContentType = response.Content.Headers.ContentType.ToString();
                outgoing.ContentLength64 = bytes.Length;
                await outgoing.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
                outgoing.Close();
            }
            catch (Exception)
            {
                try { context.Response.Abort(); } catch (Exception) { /* the client went away */ }
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _handler.Dispose();
        }
    }
}
