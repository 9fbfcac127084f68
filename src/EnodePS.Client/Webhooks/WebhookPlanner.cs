using System;
using System.Collections.Generic;
using System.Linq;
using EnodePS.Client.Models;

namespace EnodePS.Client.Webhooks
{
    /// <summary>
    /// Compares a desired webhook with the registered ones (matched by URL) and works out the smallest change.
    /// Secrets and header values cannot be read back, so they are sent along with any update (and only then, unless
    /// <c>sendSecrets</c> asks for it): a run with nothing else to change sends nothing.
    /// </summary>
    public static class WebhookPlanner
    {
        public static WebhookPlan Plan(WebhookSettings desired, IEnumerable<Webhook> registered, bool sendSecrets = false)
        {
            var existing = registered.FirstOrDefault(w => WebhookUrl.Same(w.Url, desired.Url));
            if (existing == null)
                return new WebhookPlan(WebhookAction.Create, desired, null, null, new[] { "new webhook for " + desired.Url }, Array.Empty<string>());

            var changes = new List<string>();
            var update = new WebhookUpdate();

            if (!WebhookEventNames.SameSet(existing.Events, desired.Events))
            {
                changes.Add($"events: {Join(existing.Events)} -> {Join(desired.Events)}");
                update.Events = desired.Events;
            }

            if (desired.ApiVersion != null && desired.ApiVersion != existing.ApiVersion)
            {
                changes.Add($"apiVersion: {existing.ApiVersion ?? "(client default)"} -> {desired.ApiVersion}");
                update.ApiVersion = desired.ApiVersion;
            }

            var liveHeader = existing.Authentication?.HeaderName;
            var wantedHeader = desired.Authentication?.Name;
            if ((desired.ManageAuthentication || wantedHeader != null) && !string.Equals(liveHeader, wantedHeader, StringComparison.OrdinalIgnoreCase))
            {
                changes.Add($"authentication header: {liveHeader ?? "(none)"} -> {wantedHeader ?? "(none)"}");
                update.Authentication = desired.Authentication;
                update.RemoveAuthentication = desired.Authentication == null;
            }

            var sendWriteOnly = changes.Count > 0 || sendSecrets;
            if (sendWriteOnly && desired.Secret != null) update.Secret = desired.Secret;
            if (sendWriteOnly && desired.Authentication != null) update.Authentication = desired.Authentication;
            if (sendSecrets && changes.Count == 0)
            {
                if (update.Secret != null) changes.Add("secret: sent again (it cannot be read back to compare)");
                if (update.Authentication != null) changes.Add("authentication header value: sent again");
            }

            var notes = existing.IsActive ? Array.Empty<string>()
                : new[] { "the webhook is inactive after failed deliveries; Test-EnodeWebhook reactivates it once the endpoint answers" };
            return changes.Count == 0
                ? new WebhookPlan(WebhookAction.Unchanged, desired, existing, null, changes, notes)
                : new WebhookPlan(WebhookAction.Update, desired, existing, update, changes, notes);
        }

        private static string Join(IEnumerable<string> events) => string.Join(",", events);
    }
}
