using System.Collections.Generic;

namespace EnodePS.Client.Provisioning
{
    /// <summary>A webhook as a provisioning file declares it; secrets are references, resolved only when planning.</summary>
    public sealed class DesiredWebhook
    {
        /// <summary>Where in the file it is declared, e.g. "webhooks[0]".</summary>
        public string Path { get; set; } = "";
        public string Url { get; set; } = "";
        public IReadOnlyList<string> Events { get; set; } = new List<string>();
        public SecretReference Secret { get; set; } = null!;
        public string? ApiVersion { get; set; }
        public string? HeaderName { get; set; }
        public SecretReference? HeaderValue { get; set; }
    }
}
