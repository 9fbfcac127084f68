using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator;

namespace EnodePS.Reliability.Tests.Hostile
{
    /// <summary>
    /// The client's primary handler for hostile-answer tests: passes each request to an in-process emulator, then
    /// hands the client a damaged version of the real answer instead. Token requests pass untouched.
    /// </summary>
    public sealed class DamagingProxy
    {
        private readonly HttpMessageInvoker _emulator;
        private int _apiRequests;

        public DamagingProxy(EnodeEmulator emulator) { _emulator = new HttpMessageInvoker(emulator.CreateHandler()); }

        /// <summary>Turns the real answer (status, body) into the one the client gets; null passes it through.</summary>
        public Func<int, byte[], DamagedAnswer?> Damage { get; set; } = (_, _) => null;

        /// <summary>As <see cref="Damage"/>, seeing the request too (to echo its headers back, as a careless server might); wins when set.</summary>
        public Func<HttpRequestMessage, int, byte[], DamagedAnswer?>? DamageWithRequest { get; set; }

        public int ApiRequests => Volatile.Read(ref _apiRequests);

        public HttpMessageHandler CreateHandler() => new Handler(this);

        private sealed class Handler : HttpMessageHandler
        {
            private readonly DamagingProxy _proxy;

            public Handler(DamagingProxy proxy) { _proxy = proxy; }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var real = await _proxy._emulator.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (request.RequestUri!.AbsolutePath.EndsWith("/oauth2/token", StringComparison.Ordinal)) return real;
                Interlocked.Increment(ref _proxy._apiRequests);

                var body = await real.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var damaged = _proxy.DamageWithRequest != null
                    ? _proxy.DamageWithRequest(request, (int)real.StatusCode, body)
                    : _proxy.Damage((int)real.StatusCode, body);
                if (damaged == null) return real;
                real.Dispose();
                var response = new HttpResponseMessage((HttpStatusCode)damaged.Status) { RequestMessage = request, Content = new ByteArrayContent(damaged.Body) };
                response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(damaged.IsSuccess ? "application/json" : "application/problem+json");
                return response;
            }
        }
    }
}
