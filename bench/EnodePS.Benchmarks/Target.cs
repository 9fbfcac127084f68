using System;

namespace EnodePS.Benchmarks
{
    /// <summary>Where the emulator host listens and the credentials it accepts (the secret travels to child processes in an environment variable).</summary>
    internal sealed class Target
    {
        public const string SecretVariable = "ENODEPS_BENCH_CLIENT_SECRET";

        public Target(string apiUrl, string tokenUrl, string clientId, string clientSecret)
        {
            ApiUrl = apiUrl.EndsWith("/", StringComparison.Ordinal) ? apiUrl : apiUrl + "/";
            TokenUrl = tokenUrl;
            ClientId = clientId;
            ClientSecret = clientSecret;
        }

        public string ApiUrl { get; }
        public string TokenUrl { get; }
        public string ClientId { get; }
        public string ClientSecret { get; }

        public static Target Of(EmulatorHostProcess host) => new Target(host.ApiUrl, host.TokenUrl, host.ClientId, host.ClientSecret);

        public string[] Arguments() => new[] { "--api", ApiUrl, "--token", TokenUrl, "--client-id", ClientId };

        /// <summary>The same, for the measuring scripts in Scripts/.</summary>
        public string[] ScriptArguments() => new[] { "-Api", ApiUrl, "-Token", TokenUrl, "-ClientId", ClientId };

        public System.Collections.Generic.Dictionary<string, string> SecretEnvironment() => new() { [SecretVariable] = ClientSecret };

        public static Target From(Arguments args) => new Target(args.Text("--api"), args.Text("--token"), args.Text("--client-id"),
            Environment.GetEnvironmentVariable(SecretVariable) ?? throw new InvalidOperationException(SecretVariable + " is not set."));
    }
}
