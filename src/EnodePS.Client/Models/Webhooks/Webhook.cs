using System;
using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>A registered webhook. Its secret and authentication header value are write-only: the API never returns them.</summary>
    public sealed class Webhook : ApiResource
    {
        public string Id { get; set; } = "";
        public string Url { get; set; } = "";

        /// <summary>The subscribed event names; "*" means every event.</summary>
        public List<string> Events { get; set; } = new List<string>();

        /// <summary>When a delivery last succeeded; null if none has.</summary>
        public DateTimeOffset? LastSuccess { get; set; }

        /// <summary>False after deliveries kept failing; a successful test (Test-EnodeWebhook) reactivates it.</summary>
        public bool IsActive { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>The API version of the payloads; null means the client's default version.</summary>
        public string? ApiVersion { get; set; }

        /// <summary>The name of the header sent with each delivery, or null.</summary>
        public WebhookAuthentication? Authentication { get; set; }

        public override string ToString() => Url;
    }
}
