using System.Collections.Generic;
using System.Security;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// What registering a webhook did: created it, updated the existing one with the same URL, or found it already as
    /// asked. Carries the generated secret when one was made, the only time it can be read.
    /// </summary>
    public sealed class WebhookRegistration
    {
        public WebhookRegistration(string action, Webhook webhook, IReadOnlyList<string> changes, SecureString? generatedSecret)
        {
            Action = action;
            Webhook = webhook;
            Changes = changes;
            Secret = generatedSecret;
        }

        /// <summary>Created, Updated or Unchanged.</summary>
        public string Action { get; }
        public Webhook Webhook { get; }
        public string Id => Webhook.Id;
        public string Url => Webhook.Url;
        public IReadOnlyList<string> Events => Webhook.Events;
        public bool IsActive => Webhook.IsActive;

        /// <summary>What differed from the request before the update, e.g. "events: * -> user:vehicle:updated".</summary>
        public IReadOnlyList<string> Changes { get; }

        /// <summary>The secret generated for a new webhook (none was given); null otherwise. Store it now: the API never returns it.</summary>
        public SecureString? Secret { get; }

        public override string ToString() => $"{Action} {Url}";
    }
}
