using System;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Logging;
using EnodePS.Client.Resources;
using EnodePS.Client.Validation;

namespace EnodePS.Client
{
    /// <summary>
    /// A thread-safe client for one Enode environment and one API client id. Share one instance: it caches the
    /// access token and pools connections.
    /// </summary>
    public sealed class EnodeClient : IDisposable
    {
        private readonly HttpPipeline _pipeline;
        private readonly SecretSet _secrets = new SecretSet();

        // \z, not $: "$" also matches before a final newline, which would then travel in the Enode-Version header.
        private static readonly System.Text.RegularExpressions.Regex ApiVersionShape =
            new System.Text.RegularExpressions.Regex(@"\A\d{4}-\d{2}-\d{2}\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        public EnodeClient(EnodeClientOptions options)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            if (string.IsNullOrWhiteSpace(options.ClientId))
                throw new EnodeValidationException(nameof(options.ClientId), options.ClientId, "the client id of your Enode API client; it must not be empty.");
            if (options.ClientSecret == null || options.ClientSecret.Length == 0)
                throw new EnodeValidationException(nameof(options.ClientSecret), "(empty)", "the client secret of your Enode API client; it must not be empty.");
            if (!ApiVersionShape.IsMatch(options.ApiVersion ?? ""))
                throw new EnodeValidationException(nameof(options.ApiVersion), options.ApiVersion, "an API version date yyyy-MM-dd, e.g. " + EnodeEndpoints.DefaultApiVersion + ".");
            options.Retry.Validate();

            Options = options;
            var (api, token) = options.ResolveUrls();
            ApiUrl = api;
            TokenUrl = token;
            _secrets.AddKept(SecureStrings.ToPlain(options.ClientSecret));
            _pipeline = new HttpPipeline(options, token, _secrets, RetryStatistics);
            Transport = new ApiTransport(_pipeline.CreateApiClient, api, _secrets);

            Vehicles = new VehiclesResource(Transport);
            Devices = new DevicesResource(Transport);
            Chargers = new ChargersResource(Transport);
            Hvacs = new HvacsResource(Transport);
            Inverters = new InvertersResource(Transport);
            Batteries = new BatteriesResource(Transport);
            Meters = new MetersResource(Transport);
            HemSystems = new HemSystemsResource(Transport);
            Interventions = new InterventionsResource(Transport);
            Integrations = new IntegrationsResource(Transport);
            Health = new HealthResource(Transport, () => options.TimeProvider.GetUtcNow());
            Webhooks = new WebhooksResource(Transport, _secrets);
            Tariffs = new TariffsResource(Transport);
            Users = new UsersResource(Transport, options.TimeProvider);
            Locations = new LocationsResource(Transport);
            Schedules = new SchedulesResource(Transport);
            SmartCharging = new SmartChargingResource(Transport);
            Statistics = new StatisticsResource(Transport);
            Actions = new ActionsResource(Transport);
            Raw = new RawRequests(Transport);
            Controls = new Actions.ControlLedger(() => options.TimeProvider.GetUtcNow(), options.CommandBudget);
        }

        public EnodeClientOptions Options { get; }
        public Uri ApiUrl { get; }
        public Uri TokenUrl { get; }
        public string ApiVersion => Options.ApiVersion;
        public RetryStatistics RetryStatistics { get; } = new RetryStatistics();

        /// <summary>The control actions this client sent, per device over the last 24 hours.</summary>
        public Actions.ControlLedger Controls { get; }

        /// <summary>A copy of the retry options in force; change them with <see cref="UpdateRetryOptions"/>.</summary>
        public RetryOptions RetryOptions => _pipeline.Retry.Current.Clone();

        /// <summary>Replaces the retry options from the next request on, for every caller of this client.</summary>
        public void UpdateRetryOptions(RetryOptions options)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            _pipeline.Retry.Update(options);
        }

        /// <summary>Secrets this client knows, for scrubbing text bound for output.</summary>
        public SecretSet Secrets => _secrets;

        public ApiTransport Transport { get; }
        public VehiclesResource Vehicles { get; }
        public ChargersResource Chargers { get; }
        public HvacsResource Hvacs { get; }
        public InvertersResource Inverters { get; }
        public BatteriesResource Batteries { get; }
        public MetersResource Meters { get; }
        public HemSystemsResource HemSystems { get; }
        public InterventionsResource Interventions { get; }
        public IntegrationsResource Integrations { get; }
        public HealthResource Health { get; }

        /// <summary>Actions of vehicles, chargers, HVAC units and batteries: get, cancel, wait for many.</summary>
        public ActionsResource Actions { get; }

        /// <summary>Any device by vendor type and id: get it, or send it a refresh hint.</summary>
        public DevicesResource Devices { get; }
        public WebhooksResource Webhooks { get; }
        public TariffsResource Tariffs { get; }
        public UsersResource Users { get; }
        public LocationsResource Locations { get; }
        public SchedulesResource Schedules { get; }
        public SmartChargingResource SmartCharging { get; }
        public StatisticsResource Statistics { get; }
        public RawRequests Raw { get; }

        /// <summary>Token requests sent so far.</summary>
        public int TokenRequestCount => _pipeline.TokenSource.TokenRequestCount;

        /// <summary>When the cached access token expires, or null before the first one.</summary>
        public DateTimeOffset? TokenExpiresAt => _pipeline.TokenSource.ExpiresAt;

        /// <summary>Returns a valid access token, fetching one if needed. Treat it as a secret.</summary>
        public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
            _pipeline.TokenSource.GetTokenAsync(cancellationToken);

        public void Dispose() => _pipeline.Dispose();
    }
}
