using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EnodePS.Tests.Shared
{
    /// <summary>One POST a <see cref="WebhookReceiver"/> received: the raw body and the headers, as a real receiver sees them.</summary>
    public sealed class ReceivedDelivery
    {
        public ReceivedDelivery(byte[] body, IReadOnlyDictionary<string, string> headers)
        {
            Body = body;
            Headers = headers;
        }

        public byte[] Body { get; }
        public string BodyText => Encoding.UTF8.GetString(Body);

        /// <summary>Header names compare case-insensitively.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>A webhook endpoint on http://127.0.0.1 for tests: records every delivery and answers as told.</summary>
    public sealed class WebhookReceiver : IDisposable
    {
        private readonly HttpListener _listener;
        private readonly List<ReceivedDelivery> _deliveries = new List<ReceivedDelivery>();
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        public WebhookReceiver()
        {
            for (var attempt = 0; ; attempt++)
            {
                var port = FreePort();
                _listener = new HttpListener();
                _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                try
                {
                    _listener.Start();
                    Url = new Uri($"http://127.0.0.1:{port}/hooks/enode");
                    break;
                }
                catch (HttpListenerException) when (attempt < 5)
                {
                    _listener.Close();
                }
            }
            Task.Run(ServeAsync);
        }

        public Uri Url { get; }

        /// <summary>The status code and body to answer each delivery with; 200 "ok" unless set.</summary>
        public Func<ReceivedDelivery, (int Status, string Body)> Respond { get; set; } = _ => (200, "ok");

        public IReadOnlyList<ReceivedDelivery> Deliveries
        {
            get { lock (_deliveries) return _deliveries.ToArray(); }
        }

        /// <summary>Waits until at least <paramref name="count"/> deliveries arrived; fails the test after the timeout.</summary>
        public IReadOnlyList<ReceivedDelivery> WaitForDeliveries(int count, TimeSpan? timeout = null)
        {
            var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
            while (DateTime.UtcNow < deadline)
            {
                var current = Deliveries;
                if (current.Count >= count) return current;
                Thread.Sleep(20);
            }
            throw new TimeoutException($"Expected {count} deliveries, got {Deliveries.Count}.");
        }

        private async Task ServeAsync()
        {
            while (!_stopping.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception) when (_stopping.IsCancellationRequested || !_listener.IsListening)
                {
                    return;
                }
                _ = Task.Run(() => Answer(context));
            }
        }

        private void Answer(HttpListenerContext context)
        {
            try
            {
                using var buffer = new MemoryStream();
                context.Request.InputStream.CopyTo(buffer);
                var headers = context.Request.Headers.AllKeys.Where(k => k != null)
                    .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
                var delivery = new ReceivedDelivery(buffer.ToArray(), headers);
                lock (_deliveries) _deliveries.Add(delivery);

                var (status, body) = Respond(delivery);
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = status;
                context.Response.ContentType = "text/plain; charset=utf-8";
                context.Response.ContentLength64 = bytes.Length;
                context.Response.OutputStream.Write(bytes, 0, bytes.Length);
                context.Response.Close();
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
            }
        }

        /// <summary>A port on 127.0.0.1 that nothing listens on (for listeners that cannot be given port 0).</summary>
        internal static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        public void Dispose()
        {
            _stopping.Cancel();
            try { _listener.Stop(); } catch (ObjectDisposedException) { }
            _listener.Close();
        }
    }
}
