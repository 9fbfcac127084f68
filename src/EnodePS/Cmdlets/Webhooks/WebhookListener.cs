using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Models.Events;
using EnodePS.Client.Webhooks;
using EnodePS.Emulator.Http;
using EnodePS.Emulator.Routing;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>What one delivery brought: an event, or a delivery that was turned away (and why).</summary>
    internal sealed class ListenerItem
    {
        private ListenerItem(WebhookEvent? e, Exception? rejection)
        {
            Event = e;
            Rejection = rejection;
        }

        public WebhookEvent? Event { get; }
        public Exception? Rejection { get; }

        public static ListenerItem Of(WebhookEvent e) => new ListenerItem(e, null);
        public static ListenerItem Rejected(Exception reason) => new ListenerItem(null, reason);
    }

    /// <summary>
    /// Receives webhook deliveries on http://127.0.0.1:{port}/ with the emulator's own HTTP/1.1 server (no URL
    /// reservation needed on Windows, unlike HttpListener). Each POST is answered at once: 200 once its signature is
    /// valid and its events are queued, 401 for a wrong or missing signature, 400 for a body that is not events.
    /// </summary>
    internal sealed class WebhookListener : IDisposable
    {
        private readonly string _secret;
        private readonly ConcurrentQueue<ListenerItem> _items = new ConcurrentQueue<ListenerItem>();
        private readonly SemaphoreSlim _available = new SemaphoreSlim(0);
        private readonly LoopbackServer _server;

        public WebhookListener(int port, string secret)
        {
            _secret = secret;
            _server = LoopbackServer.Serve(HandleAsync, port);
        }

        public int Port => _server.Port;

        /// <summary>The URL to register: loopback, so only this machine (or a tunnel running on it) can post to it.</summary>
        public Uri Url => new Uri(_server.BaseUrl, "enode/webhooks");

        private Task<EmulatorResponse> HandleAsync(EmulatorRequest request, CancellationToken cancellationToken)
        {
            if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
                return Task.FromResult(Text(405, "POST webhook deliveries here."));

            var check = WebhookSignature.Verify(request.Body, request.Header(WebhookSignature.HeaderName), _secret);
            if (check != SignatureCheck.Valid)
            {
                Add(ListenerItem.Rejected(new System.Security.SecurityException(
                    $"A delivery to {request.Path} was rejected with 401: {WebhookSignature.Describe(check)}")));
                return Task.FromResult(Text(401, "invalid signature"));
            }

            IReadOnlyList<WebhookEvent> events;
            try
            {
                events = WebhookPayloadReader.Read(request.Body);
            }
            catch (FormatException ex)
            {
                Add(ListenerItem.Rejected(new FormatException($"A delivery to {request.Path} was rejected with 400: {ex.Message}", ex)));
                return Task.FromResult(Text(400, "not webhook events"));
            }
            foreach (var e in events) Add(ListenerItem.Of(e));
            return Task.FromResult(Text(200, "ok"));
        }

        private void Add(ListenerItem item)
        {
            _items.Enqueue(item);
            _available.Release();
        }

        /// <summary>What arrives, in order, until the token is cancelled.</summary>
        public async IAsyncEnumerable<ListenerItem> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            while (true)
            {
                await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
                if (_items.TryDequeue(out var item)) yield return item;
            }
        }

        private static EmulatorResponse Text(int status, string text) =>
            new EmulatorResponse(status, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");

        public void Dispose()
        {
            _server.Dispose();
            _available.Dispose();
        }
    }
}
