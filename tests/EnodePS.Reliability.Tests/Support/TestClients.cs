using System;
using EnodePS.Client;
using EnodePS.Tests.Shared;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>Clients for the loopback emulator whose retries wait milliseconds, not seconds, so fault-heavy tests stay fast.</summary>
    internal static class TestClients
    {
        /// <summary>Backoff of 1 to 10 ms; Retry-After is still honoured (up to 60 s), so an injected one is really waited out.</summary>
        public static RetryOptions FastRetry(int maxRetries = 8) => new RetryOptions
        {
            MaxRetries = maxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryAfter = TimeSpan.FromSeconds(60),
            AttemptTimeout = TimeSpan.FromSeconds(30),
        };

        public static EnodeClient For(LoopbackEmulator host, Action<EnodeClientOptions>? configure = null)
        {
            var options = new EnodeClientOptions
            {
                Environment = EnodeEnvironment.Emulator,
                ApiUrl = host.ApiUrl,
                TokenUrl = host.TokenUrl,
                ClientId = host.Emulator.ClientId,
                ClientSecret = SecureStrings.FromPlain(host.Emulator.RevealClientSecret()),
                Retry = FastRetry(),
            };
            configure?.Invoke(options);
            return new EnodeClient(options);
        }
    }
}
