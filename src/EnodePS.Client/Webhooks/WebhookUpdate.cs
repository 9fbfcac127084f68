using System.Collections.Generic;
using System.Security;

namespace EnodePS.Client.Webhooks
{
    /// <summary>The fields of a PATCH /webhooks/{id}: only those set are sent.</summary>
    public sealed class WebhookUpdate
    {
        public string? Url { get; set; }
        public SecureString? Secret { get; set; }
        public IReadOnlyList<string>? Events { get; set; }
        public string? ApiVersion { get; set; }
        public WebhookHeader? Authentication { get; set; }

        /// <summary>Sends "authentication": null, so that deliveries stop carrying the header.</summary>
        public bool RemoveAuthentication { get; set; }

        public bool IsEmpty => Url == null && Secret == null && Events == null && ApiVersion == null && Authentication == null && !RemoveAuthentication;
    }
}
