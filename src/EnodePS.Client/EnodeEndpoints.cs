using System;

namespace EnodePS.Client
{
    /// <summary>The API and OAuth token URLs of Enode's hosted environments.</summary>
    public static class EnodeEndpoints
    {
        public static readonly Uri ProductionApi = new Uri("https://enode-api.production.enode.io/");
        public static readonly Uri ProductionToken = new Uri("https://oauth.production.enode.io/oauth2/token");
        public static readonly Uri SandboxApi = new Uri("https://enode-api.sandbox.enode.io/");
        public static readonly Uri SandboxToken = new Uri("https://oauth.sandbox.enode.io/oauth2/token");

        public const string DefaultApiVersion = "2024-10-01";

        public static (Uri Api, Uri Token) For(EnodeEnvironment environment)
        {
            switch (environment)
            {
                case EnodeEnvironment.Production: return (ProductionApi, ProductionToken);
                case EnodeEnvironment.Sandbox: return (SandboxApi, SandboxToken);
                default:
                    throw new ArgumentException(
                        $"The {environment} environment has no fixed URLs: give the API and token URLs.", nameof(environment));
            }
        }
    }
}
