using System;
using System.Management.Automation;
using System.Security;
using EnodePS.Client;
using EnodePS.Connections;
using EnodePS.Emulator;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Connections
{
    /// <summary>
    /// <para type="synopsis">Connects to the Enode API and makes the connection the session's current one.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Enode", HelpUri = HelpLinks.Cmdlets + "Connect-Enode.md", DefaultParameterSetName = FromEnvironmentSet, SupportsShouldProcess = false)]
    [OutputType(typeof(EnodeConnection))]
    public sealed class ConnectEnodeCommand : EnodeCmdlet
    {
        private const string FromEnvironmentSet = "FromEnvironment";
        private const string ClientSecretSet = "ClientSecret";
        private const string CredentialSet = "Credential";
        private const string EmulatorSet = "Emulator";

        public const string ClientIdVariable = "ENODE_CLIENT_ID";
        public const string ClientSecretVariable = "ENODE_CLIENT_SECRET";
        public const string EnvironmentVariable = "ENODE_ENVIRONMENT";

        [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
        [ValidateNotNullOrEmpty]
        public string? ClientId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
        [ValidateNotNull]
        public SecureString? ClientSecret { get; set; }

        /// <summary>The client id as user name and the client secret as password.</summary>
        [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
        [ValidateNotNull]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>An emulator from Start-EnodeEmulator: connects to its URLs with its credentials.</summary>
        [Parameter(Mandatory = true, ParameterSetName = EmulatorSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public RunningEmulator? Emulator { get; set; }

        /// <summary>Production, Sandbox or Emulator (an in-process emulator with demo data; needs no credentials).</summary>
        [Parameter]
        [ValidateSet("Production", "Sandbox", "Emulator", IgnoreCase = true)]
        public string? Environment { get; set; }

        [Parameter]
        [ValidateNotNull]
        public Uri? ApiUrl { get; set; }

        [Parameter]
        [ValidateNotNull]
        public Uri? TokenUrl { get; set; }

        [Parameter]
        [ValidatePattern(@"\A\d{4}-\d{2}-\d{2}\z")]
        public string ApiVersion { get; set; } = EnodeEndpoints.DefaultApiVersion;

        /// <summary>A name to find the connection by later (Get-EnodeConnection -Name). Defaults to the environment's name.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            var environment = ResolveEnvironment();
            EnodeEmulator? emulator = null;
            var options = new EnodeClientOptions { Environment = environment, ApiVersion = ApiVersion, ApiUrl = ApiUrl, TokenUrl = TokenUrl };
            options.Retry = EnodeRequestOption.ForNewConnection(ConnectionStore.For(SessionKey), System.Environment.GetEnvironmentVariable);
            options.CommandBudget = ConnectionStore.For(SessionKey).CommandBudget;

            if (ParameterSetName == EmulatorSet)
            {
                options.ApiUrl = Emulator!.ApiUrl;
                options.TokenUrl = Emulator.TokenUrl;
                options.ClientId = Emulator.ClientId;
                options.ClientSecret = Emulator.ClientSecret;
            }
            else if (environment == EnodeEnvironment.Emulator && ApiUrl == null)
            {
                emulator = new EnodeEmulator(EmulatorOptions.Demo());
                options.ApiUrl = EnodeEmulator.InProcessBaseUrl;
                options.TokenUrl = new Uri(EnodeEmulator.InProcessBaseUrl, "oauth2/token");
                options.PrimaryHandlerFactory = emulator.CreateHandler;
                options.ClientId = emulator.ClientId;
                options.ClientSecret = SecureStrings.FromPlain(emulator.RevealClientSecret());
            }
            else
            {
                (options.ClientId, options.ClientSecret) = ResolveCredentials(environment);
            }

            EnodeConnection? connection = null;
            try
            {
                var client = new EnodeClient(options);
                connection = new EnodeConnection(Name ?? environment.ToString(), environment, client, emulator) { Emulator = emulator ?? Emulator?.Emulator };
                Call(connection, (c, ct) => c.GetAccessTokenAsync(ct));
            }
            catch
            {
                if (connection != null) connection.Dispose();
                else emulator?.Dispose();
                throw;
            }

            ConnectionStore.For(SessionKey).Add(connection)?.Dispose();
            Verbose($"Connected to {connection.ApiUrl} as client {connection.ClientId} (API version {connection.ApiVersion}).");
            if (PassThru.IsPresent) Output(connection);
        }

        private EnodeEnvironment ResolveEnvironment()
        {
            if (ParameterSetName == EmulatorSet)
            {
                if (ApiUrl != null || TokenUrl != null)
                    InvalidParameter(ApiUrl != null ? nameof(ApiUrl) : nameof(TokenUrl), ApiUrl ?? TokenUrl, "-Emulator brings its own URLs; leave out -ApiUrl and -TokenUrl.");
                if (Environment != null && !Environment.Equals("Emulator", StringComparison.OrdinalIgnoreCase))
                    InvalidParameter(nameof(Environment), Environment, "with -Emulator the environment is Emulator.");
                if (!Emulator!.IsRunning)
                    InvalidParameter(nameof(Emulator), Emulator, "that emulator has been stopped; start one with Start-EnodeEmulator.");
                return EnodeEnvironment.Emulator;
            }
            if (Environment != null) return (EnodeEnvironment)Enum.Parse(typeof(EnodeEnvironment), Environment, ignoreCase: true);
            if (ApiUrl != null || TokenUrl != null)
            {
                if (ApiUrl == null || TokenUrl == null)
                    InvalidParameter(ApiUrl == null ? nameof(ApiUrl) : nameof(TokenUrl), null, "give both -ApiUrl and -TokenUrl for a custom endpoint.");
                return EnodeEnvironment.Custom;
            }
            var fromVariable = System.Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrEmpty(fromVariable))
            {
                if (Enum.TryParse<EnodeEnvironment>(fromVariable, ignoreCase: true, out var parsed) && parsed != EnodeEnvironment.Custom)
                    return parsed;
                InvalidParameter(nameof(Environment), fromVariable, $"the {EnvironmentVariable} variable must be Production, Sandbox or Emulator.");
            }
            return EnodeEnvironment.Sandbox;
        }

        private (string, SecureString) ResolveCredentials(EnodeEnvironment environment)
        {
            if (ParameterSetName == ClientSecretSet) return (ClientId!, ClientSecret!);
            if (ParameterSetName == CredentialSet)
            {
                var (user, password) = (Credential!.UserName, Credential.Password);
                if (string.IsNullOrWhiteSpace(user)) InvalidParameter(nameof(Credential), "(empty user name)", "the user name must be the Enode client id.");
                return (user, password);
            }

            var id = System.Environment.GetEnvironmentVariable(ClientIdVariable);
            var secret = System.Environment.GetEnvironmentVariable(ClientSecretVariable);
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret))
                Terminate(ErrorMapper.Record(
                    new ArgumentException($"No credentials for the {environment} environment: give -ClientId and -ClientSecret, or -Credential, or set {ClientIdVariable} and {ClientSecretVariable}. To try EnodePS without an account, use -Environment Emulator."),
                    "EnodeMissingCredentials", ErrorCategory.AuthenticationError, environment.ToString()));
            return (id!, SecureStrings.FromPlain(secret!));
        }
    }
}
