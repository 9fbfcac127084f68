using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator.Auth
{
    /// <summary>Issues and checks bearer tokens for the client-credentials grant.</summary>
    public sealed class TokenIssuer
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> _expiryByToken = new ConcurrentDictionary<string, DateTimeOffset>();
        private readonly EmulatorOptions _options;
        private int _issued;

        public TokenIssuer(EmulatorOptions options) { _options = options; }

        private IEmulatorClock Clock => _options.Clock;

        /// <summary>How many tokens have been issued: tests use it to prove caching and single-flight refresh.</summary>
        public int IssuedCount => System.Threading.Volatile.Read(ref _issued);

        public bool CredentialsMatch(string clientId, string clientSecret) =>
            FixedTimeEquals(clientId, _options.ClientId) & FixedTimeEquals(clientSecret, _options.RevealClientSecret());

        public (string Token, int ExpiresInSeconds) Issue()
        {
            var bytes = new byte[32];
            using (var rng = RandomNumberGenerator.Create()) rng.GetBytes(bytes);
            var token = BitConverter.ToString(bytes).Replace("-", "").ToLowerInvariant();
            var lifetime = _options.TokenLifetime;
            _expiryByToken[token] = Clock.UtcNow + lifetime;
            System.Threading.Interlocked.Increment(ref _issued);
            return (token, (int)Math.Max(1, Math.Round(lifetime.TotalSeconds)));
        }

        public bool IsValid(string token) =>
            _expiryByToken.TryGetValue(token, out var expiry) && Clock.UtcNow < expiry;

        /// <summary>Makes every token issued so far invalid at once, as if they had all expired.</summary>
        public void ExpireAll()
        {
            foreach (var token in _expiryByToken.Keys) _expiryByToken[token] = DateTimeOffset.MinValue;
        }

        private static bool FixedTimeEquals(string a, string b)
        {
            var x = Encoding.UTF8.GetBytes(a);
            var y = Encoding.UTF8.GetBytes(b);
            var diff = x.Length ^ y.Length;
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++) diff |= x[i] ^ y[i];
            return diff == 0;
        }
    }
}
