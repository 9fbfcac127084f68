using System.Collections.Generic;
using System.Security;

namespace EnodePS.Client.Webhooks
{
    /// <summary>How a webhook should be: what Register-EnodeWebhook and provisioning files ask for.</summary>
    public sealed class WebhookSettings
    {
        public string Url { get; set; } = "";

        /// <summary>Sent when the webhook is created or updated; the API cannot show it, so it is never compared.</summary>
        public SecureString? Secret { get; set; }

        public IReadOnlyList<string> Events { get; set; } = new[] { WebhookEventNames.All };

        /// <summary>The payload API version; null leaves the webhook's version as it is.</summary>
        public string? ApiVersion { get; set; }

        /// <summary>The authentication header; see <see cref="ManageAuthentication"/>.</summary>
        public WebhookHeader? Authentication { get; set; }

        /// <summary>
        /// True: the webhook must have exactly <see cref="Authentication"/> (none when null). False: an existing
        /// header is left alone unless <see cref="Authentication"/> is given.
        /// </summary>
        public bool ManageAuthentication { get; set; }

        public override string ToString() => Url;
    }
}
