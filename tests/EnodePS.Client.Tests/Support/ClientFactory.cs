using System;
using EnodePS.Client;
using EnodePS.Client.Logging;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests.Support
{
    internal static class ClientFactory
    {
        /// <summary>A client for the loopback emulator, with retry delays short enough for tests.</summary>
        public static EnodeClient For(LoopbackEmulator host, Action<EnodeClientOptions>? configure = null)
        {
            var options = new EnodeClientOptions
            {
                Environment = EnodeEnvironment.Emulator,
                ApiUrl = host.ApiUrl,
                TokenUrl = host.TokenUrl,
                ClientId = host.Emulator.ClientId,
                ClientSecret = SecureStrings.FromPlain(host.Emulator.RevealClientSecret()),
                Retry = new RetryOptions { MaxRetries = 4, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) },
            };
            configure?.Invoke(options);
            return new EnodeClient(options);
        }
    }
}
