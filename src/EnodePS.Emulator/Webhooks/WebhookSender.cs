using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace EnodePS.Emulator.Webhooks
{
    /// <summary>Makes one signed POST of a delivery body to a webhook receiver.</summary>
    internal sealed class WebhookSender : IDisposable
    {
        public const string DeliveryHeader = "x-enode-delivery";
        public const string SignatureHeader = "x-enode-signature";

        private readonly HttpClient _http;

        public WebhookSender(TimeSpan timeout)
        {
            _http = new HttpClient { Timeout = timeout };
        }

        public async Task<DeliveryOutcome> SendAsync(string url, byte[] body, string deliveryId, WebhookCredentials credentials,
            CancellationToken cancellationToken)
        {
            try
            {
                using (var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) })
                {
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    request.Headers.TryAddWithoutValidation(DeliveryHeader, deliveryId);
                    request.Headers.TryAddWithoutValidation(SignatureHeader, WebhookSigner.Sign(body, credentials.Secret));
                    if (credentials.HeaderName != null && !request.Headers.TryAddWithoutValidation(credentials.HeaderName, credentials.HeaderValue))
                        request.Content.Headers.TryAddWithoutValidation(credentials.HeaderName, credentials.HeaderValue);

                    using (var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false))
                    {
                        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                        var headers = response.Headers.Concat(response.Content.Headers)
                            .Select(h => h.Key + ": " + string.Join(", ", h.Value)).ToList();
                        return DeliveryOutcome.Answered((int)response.StatusCode, response.ReasonPhrase, text, headers);
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return DeliveryOutcome.Failed($"no answer within {_http.Timeout.TotalSeconds:0.###} s");
            }
            catch (HttpRequestException ex)
            {
                return DeliveryOutcome.Failed(Innermost(ex).Message);
            }
            catch (ObjectDisposedException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }

        private static Exception Innermost(Exception ex)
        {
            while (ex.InnerException != null) ex = ex.InnerException;
            return ex;
        }

        public void Dispose() => _http.Dispose();
    }
}
