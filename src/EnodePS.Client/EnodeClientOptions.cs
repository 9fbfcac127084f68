using System;
using System.Net.Http;
using System.Security;
using EnodePS.Client.Logging;
using EnodePS.Client.Validation;

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
            if (ApiUrl == null || TokenUrl == null)
            {
                if (Environment == EnodeEnvironment.Custom || Environment == EnodeEnvironment.Emulator)
                    throw new EnodeValidationException(ApiUrl == null ? nameof(ApiUrl) : nameof(TokenUrl), null,
                        $"the {Environment} environment needs both ApiUrl and TokenUrl.");
            }
            var (api, token) = ApiUrl != null && TokenUrl != null ? (ApiUrl, TokenUrl) : EnodeEndpoints.For(Environment);
            return (WithTrailingSlash(CheckScheme(ApiUrl ?? api, nameof(ApiUrl))), CheckScheme(TokenUrl ?? token, nameof(TokenUrl)));
        }

        /// <summary>
        /// https://, or plain http:// only where nothing crosses a network: a loopback host (the emulator on 127.0.0.1)
        /// or an in-process handler. The token request carries the client secret, so it never goes out in clear text.
        /// </summary>
        private Uri CheckScheme(Uri url, string parameterName)
        {
            if (!url.IsAbsoluteUri) throw new EnodeValidationException(parameterName, url, HttpsRule);
            if (url.Scheme == Uri.UriSchemeHttps) return url;
            if (url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || PrimaryHandlerFactory != null)) return url;
            throw new EnodeValidationException(parameterName, url, HttpsRule);
        }

        private const string HttpsRule =
            "an https:// URL (plain http:// only to a loopback address such as 127.0.0.1, for the emulator): the token request carries the client secret.";

        private static Uri WithTrailingSlash(Uri uri) =>
            uri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
