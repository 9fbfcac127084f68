using System.Collections.Generic;
using EnodePS.Client.Models;

namespace EnodePS.Client.Webhooks
{
    /// <summary>What it takes to make the webhooks match one <see cref="WebhookSettings"/>: create, update or nothing.</summary>
    public sealed class WebhookPlan
    {
        internal WebhookPlan(WebhookAction action, WebhookSettings desired, Webhook? existing, WebhookUpdate? update,
            IReadOnlyList<string> changes, IReadOnlyList<string> notes)
        {
            Action = action;
            Desired = desired;
            Existing = existing;
            Update = update;
            Changes = changes;
            Notes = notes;
        }

        public WebhookAction Action { get; }
        public WebhookSettings Desired { get; }

        /// <summary>The webhook with the same URL, when there is one.</summary>
        public Webhook? Existing { get; }

        /// <summary>The PATCH to send when <see cref="Action"/> is Update.</summary>
        public WebhookUpdate? Update { get; }

        /// <summary>Each difference, e.g. "events: * -> user:vehicle:updated".</summary>
        public IReadOnlyList<string> Changes { get; }

        /// <summary>Things worth knowing that need no change, e.g. that the webhook is inactive.</summary>
        public IReadOnlyList<string> Notes { get; }

        /// <summary>"create", "update (events: ...)" or "no change", for -WhatIf and logs.</summary>
        public string Summary =>
            Action == WebhookAction.Create ? "create"
            : Action == WebhookAction.Update ? "update (" + string.Join("; ", Changes) + ")"
            : "no change";
    }
}
