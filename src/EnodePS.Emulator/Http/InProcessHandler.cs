using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Http
{
    /// <summary>The in-process front door: turns HttpRequestMessages into core requests without any socket.</summary>
    internal sealed class InProcessHandler : HttpMessageHandler
    {
        private readonly EnodeEmulator _emulator;

        public InProcessHandler(EnodeEmulator emulator) { _emulator = emulator; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in request.Headers) headers[h.Key] = string.Join(",", h.Value);
            var body = new byte[0];
            if (request.Content != null)
            {
                foreach (var h in request.Content.Headers) headers[h.Key] = string.Join(",", h.Value);
                body = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }

            var uri = request.RequestUri!;
            var core = new EmulatorRequest(request.Method.Method, uri.AbsolutePath,
                EmulatorRequest.ParseQuery(uri.Query), headers, body);
            var answer = await _emulator.HandleAsync(core, cancellationToken).ConfigureAwait(false);

            if (answer.DropConnection)
                throw new HttpRequestException("The emulator dropped the connection (injected fault).");

            var response = new HttpResponseMessage((HttpStatusCode)answer.Status)
            {
                RequestMessage = request,
                Content = answer.TruncateBody
                    ? new StreamContent(new TruncatedStream(answer.Body))
                    : (HttpContent)new ByteArrayContent(answer.Body),
            };
            if (answer.ContentType != null) response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(answer.ContentType);
            foreach (var h in answer.Headers) response.Headers.TryAddWithoutValidation(h.Key, h.Value);
            return response;
        }
    }
}
