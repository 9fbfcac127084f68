using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Auth;

namespace EnodePS.Client.Http
{
    /// <summary>Adds the bearer token; when the API answers 401, fetches a new token once and tries once more.</summary>
    internal sealed class AuthenticationHandler : DelegatingHandler
    {
        private readonly IAccessTokenSource _tokens;

        public AuthenticationHandler(IAccessTokenSource tokens) { _tokens = tokens; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized) return response;

            response.Dispose();
            _tokens.Invalidate(token);
            token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
