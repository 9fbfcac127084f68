using System;
using System.Net.Http;
using System.Security;
using EnodePS.Client.Logging;

namespace EnodePS.Client
{
    /// <summary>Everything a client needs to reach and authenticate against one Enode environment.</summary>
    public sealed class EnodeClientOptions
    {
        public EnodeEnvironment Environment { get; set; } = EnodeEnvironment.Sandbox;

        /// <summary>Overrides the environment's API URL (required for Custom and Emulator).</summary>
        public Uri? ApiUrl { get; set; }

        /// <summary>Overrides the environment's token URL (required for Custom and Emulator).</summary>
        public Uri? TokenUrl { get; set; }

        public string ClientId { get; set; } = "";

        /// <summary>Kept as a SecureString; it is read only to build the token request's Basic header.</summary>
        public SecureString? ClientSecret { get; set; }

        /// <summary>Sent as Enode-Version on every request.</summary>
        public string ApiVersion { get; set; } = EnodeEndpoints.DefaultApiVersion;

        public RetryOptions Retry { get; set; } = new RetryOptions();

        /// <summary>Control commands per device per day before a warning or an error (see <see cref="Actions.ControlLedger"/>).</summary>
        public Actions.CommandBudget CommandBudget { get; set; } = Actions.CommandBudget.Default;

        /// <summary>Where to log when no per-call log scope is active (see <see cref="EnodeLogScope"/>).</summary>
        public IEnodeLog? Log { get; set; }

        /// <summary>The innermost handler; null uses the platform's HTTP stack. The in-process emulator plugs in here.</summary>
        public Func<HttpMessageHandler>? PrimaryHandlerFactory { get; set; }

        /// <summary>Clock for token expiry and backoff.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        internal (Uri Api, Uri Token) ResolveUrls()
        {
            if (ApiUrl != null && TokenUrl != null) return (WithTrailingSlash(ApiUrl), TokenUrl);
            if (Environment == EnodeEnvironment.Custom || Environment == EnodeEnvironment.Emulator)
                throw new ArgumentException($"The {Environment} environment needs both ApiUrl and TokenUrl.");
            var (api, token) = EnodeEndpoints.For(Environment);
            return (WithTrailingSlash(ApiUrl ?? api), TokenUrl ?? token);
        }

        private static Uri WithTrailingSlash(Uri uri) =>
            uri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
