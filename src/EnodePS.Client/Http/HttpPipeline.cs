using System;
using System.Net.Http;
using EnodePS.Client.Auth;
using EnodePS.Client.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace EnodePS.Client.Http
{
    /// <summary>
    /// Builds the client's two HttpClients with IHttpClientFactory: one for the token endpoint, one for the API.
    /// API chain, outermost first: retry, authentication, Enode headers, logging, then the primary handler (which
    /// follows no redirects).
    /// </summary>
    internal sealed class HttpPipeline : IDisposable
    {
        private const string ApiClientName = "EnodePS.Api";
        private const string TokenClientName = "EnodePS.Token";

        private readonly ServiceProvider _services;

        public HttpPipeline(EnodeClientOptions options, Uri tokenUrl, SecretSet secrets, RetryStatistics statistics)
        {
            Retry = new RetrySettings(options.Retry);
            var retry = Retry;
            var services = new ServiceCollection();

            var token = services.AddHttpClient(TokenClientName)
                .AddHttpMessageHandler(() => new RetryHandler(retry, statistics, options.Log, options.TimeProvider))
                .AddHttpMessageHandler(() => new EnodeHeadersHandler(options.ApiVersion))
                .AddHttpMessageHandler(() => new LoggingHandler(options.Log, secrets));
            var api = services.AddHttpClient(ApiClientName)
                .AddHttpMessageHandler(() => new RetryHandler(retry, statistics, options.Log, options.TimeProvider))
                .AddHttpMessageHandler(() => new AuthenticationHandler(TokenSource!))
                .AddHttpMessageHandler(() => new EnodeHeadersHandler(options.ApiVersion))
                .AddHttpMessageHandler(() => new LoggingHandler(options.Log, secrets));
            foreach (var builder in new[] { token, api })
            {
                // LoggingHandler is the one logger, redacting what it writes; the factory's own logging handlers would
                // only add two handlers and a log scope to every request, with no provider to write to.
                builder.RemoveAllLoggers();
                builder.ConfigureHttpClient(c => c.Timeout = System.Threading.Timeout.InfiniteTimeSpan);
                // No automatic redirects: a 3xx could carry the client secret, a request body's secrets or the token to
                // another host, and a token from another host would be accepted. A 3xx is an error naming its Location.
                builder.ConfigurePrimaryHttpMessageHandler(options.PrimaryHandlerFactory ?? (() => new HttpClientHandler { AllowAutoRedirect = false }));
            }

            _services = services.BuildServiceProvider();
            var factory = _services.GetRequiredService<IHttpClientFactory>();
            TokenSource = new ClientCredentialsTokenSource(factory.CreateClient(TokenClientName), tokenUrl,
                options.ClientId, options.ClientSecret!, options.TimeProvider, secrets);
            Factory = factory;
        }

        public ClientCredentialsTokenSource TokenSource { get; }
        public RetrySettings Retry { get; }
        private IHttpClientFactory Factory { get; }

        /// <summary>A client for API calls. Cheap: the factory pools the handler chain.</summary>
        public HttpClient CreateApiClient() => Factory.CreateClient(ApiClientName);

        public void Dispose() => _services.Dispose();
    }
}
