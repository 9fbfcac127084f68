using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Json;
using EnodePS.Client.Logging;

namespace EnodePS.Client.Auth
{
    /// <summary>
    /// OAuth2 client credentials: caches the token, refreshes it ahead of expiry, and lets only one token request
    /// be in flight however many callers ask at once.
    /// </summary>
    internal sealed class ClientCredentialsTokenSource : IAccessTokenSource
    {
        private readonly HttpClient _http;
        private readonly Uri _tokenUrl;
        private readonly string _clientId;
        private readonly SecureString _clientSecret;
        private readonly TimeProvider _time;
        private readonly SecretSet _secrets;
        private readonly SemaphoreSlim _refreshGate = new SemaphoreSlim(1, 1);
        private CachedToken? _current;
        private int _tokenRequests;

        public ClientCredentialsTokenSource(HttpClient http, Uri tokenUrl, string clientId, SecureString clientSecret,
            TimeProvider time, SecretSet secrets)
        {
            _http = http;
            _tokenUrl = tokenUrl;
            _clientId = clientId;
            _clientSecret = clientSecret.Copy();
            _clientSecret.MakeReadOnly();
            _time = time;
            _secrets = secrets;
            // A server may echo the Authorization header: mask the credential in every form it could come back in.
            var secret = SecureStrings.ToPlain(_clientSecret);
            var basic = BasicCredentials();
            foreach (var form in new[]
                     {
                         Uri.EscapeDataString(secret), Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(secret),
                         basic, basic.TrimEnd('='), Uri.EscapeDataString(basic), Uri.EscapeDataString(basic.TrimEnd('=')),
                     })
                secrets.AddKept(form);
        }

        /// <summary>Token requests sent so far.</summary>
        public int TokenRequestCount => Volatile.Read(ref _tokenRequests);

        /// <summary>When the cached token stops being used, or null when there is none.</summary>
        public DateTimeOffset? ExpiresAt => Volatile.Read(ref _current)?.ExpiresAt;

        public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            var cached = Volatile.Read(ref _current);
            if (cached != null && !cached.ShouldRefresh(_time.GetUtcNow())) return cached.Value;

            await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                cached = Volatile.Read(ref _current);
                if (cached != null && !cached.ShouldRefresh(_time.GetUtcNow())) return cached.Value;
                var fresh = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _current, fresh);
                return fresh.Value;
            }
            finally
            {
                _refreshGate.Release();
            }
        }

        public void Invalidate(string rejectedToken)
        {
            var cached = Volatile.Read(ref _current);
            if (cached != null && cached.Value == rejectedToken)
                Interlocked.CompareExchange(ref _current, null, cached);
        }

        private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _tokenRequests);
            var requestedAt = _time.GetUtcNow();
            using (var request = new HttpRequestMessage(HttpMethod.Post, _tokenUrl))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", BasicCredentials());
                request.Content = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("grant_type", "client_credentials") });
                using (var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    if (!response.IsSuccessStatusCode)
                        throw ProblemReader.ToException(response, body, "POST", "/oauth2/token", _secrets, "The token request was refused: check the client id and secret.");

                    var token = ProblemReader.Deserialize(body, CoreJsonContext.Default.TokenResponse, "token response");
                    if (string.IsNullOrEmpty(token.AccessToken))
                        throw new EnodeProtocolException("The token endpoint answered without an access_token.");
                    _secrets.Add(token.AccessToken);
                    var lifetime = TimeSpan.FromSeconds(token.ExpiresIn > 0 ? token.ExpiresIn : 3600);
                    return new CachedToken(token.AccessToken!, requestedAt + lifetime, lifetime);
                }
            }
        }

        private string BasicCredentials() =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(
                Uri.EscapeDataString(_clientId) + ":" + Uri.EscapeDataString(SecureStrings.ToPlain(_clientSecret))));

        private sealed class CachedToken
        {
            public CachedToken(string value, DateTimeOffset expiresAt, TimeSpan lifetime)
            {
                Value = value;
                ExpiresAt = expiresAt;
                // Refresh a tenth of the lifetime early (at most five minutes), so no request carries a token about to lapse.
                RefreshAt = expiresAt - TimeSpan.FromTicks(Math.Min(lifetime.Ticks / 10, TimeSpan.FromMinutes(5).Ticks));
            }

            public string Value { get; }
            public DateTimeOffset ExpiresAt { get; }
            public DateTimeOffset RefreshAt { get; }

            public bool ShouldRefresh(DateTimeOffset now) => now >= RefreshAt;
        }
    }
}
