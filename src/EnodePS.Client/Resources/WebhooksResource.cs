using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Json;
using EnodePS.Client.Logging;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Client.Webhooks;

namespace EnodePS.Client.Resources
{
    /// <summary>
    /// The Webhooks section of the API, plus <see cref="PlanAsync"/>/<see cref="ApplyAsync"/> to make a webhook match
    /// desired settings whether or not it exists yet. Secrets sent are registered with the client's secret set, so that
    /// no log shows them.
    /// </summary>
    public sealed class WebhooksResource
    {
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");
        private readonly ApiTransport _transport;
        private readonly SecretSet _secrets;

        internal WebhooksResource(ApiTransport transport, SecretSet secrets)
        {
            _transport = transport;
            _secrets = secrets;
        }

        public IAsyncEnumerable<Webhook> ListAsync(PageOptions? options = null, CancellationToken cancellationToken = default) =>
            Paginator.StreamAsync(_transport, "/webhooks", null, WebhooksJsonContext.Default.PageWebhook, options, cancellationToken);

        public Task<Webhook> GetAsync(string webhookId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("/webhooks/{id}", webhookId), WebhooksJsonContext.Default.Webhook, cancellationToken);

        /// <summary>POST /webhooks. The settings' secret is required here.</summary>
        public async Task<Webhook> CreateAsync(WebhookSettings settings, CancellationToken cancellationToken = default)
        {
            WebhookUrl.Validate(settings.Url, "Url");
            if (settings.Secret == null || settings.Secret.Length == 0)
                throw new ArgumentException("A new webhook needs a secret.", "Secret");
            var body = new JsonRecord();
            body.Add("url", settings.Url);
            body.Add("secret", Reveal(settings.Secret));
            body.Add("events", WebhookEventNames.Normalize(settings.Events, "Event"));
            if (settings.ApiVersion != null) body.Add("apiVersion", settings.ApiVersion);
            if (settings.Authentication != null) body.Add("authentication", Header(settings.Authentication));
            return await SendAsync(HttpMethod.Post, "/webhooks", body, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>PATCH /webhooks/{id} with only the fields the update sets.</summary>
        public async Task<Webhook> UpdateAsync(string webhookId, WebhookUpdate update, CancellationToken cancellationToken = default)
        {
            if (update.IsEmpty) throw new ArgumentException("The update changes nothing: set at least one field.", nameof(update));
            if (update.Url != null) WebhookUrl.Validate(update.Url, "Url");
            var body = new JsonRecord();
            if (update.Url != null) body.Add("url", update.Url);
            if (update.Secret != null) body.Add("secret", Reveal(update.Secret));
            if (update.Events != null) body.Add("events", WebhookEventNames.Normalize(update.Events, "Event"));
            if (update.ApiVersion != null) body.Add("apiVersion", update.ApiVersion);
            if (update.Authentication != null) body.Add("authentication", Header(update.Authentication));
            else if (update.RemoveAuthentication) body.Add("authentication", null);
            return await SendAsync(Patch, RequestPath.Of("/webhooks/{id}", webhookId), body, cancellationToken).ConfigureAwait(false);
        }

        public Task DeleteAsync(string webhookId, CancellationToken cancellationToken = default) =>
            _transport.SendAsync(HttpMethod.Delete, RequestPath.Of("/webhooks/{id}", webhookId), null, cancellationToken);

        /// <summary>POST /webhooks/{id}/test: has the API send enode:webhook:test to the webhook and reports the outcome.</summary>
        public async Task<WebhookTestResult> TestAsync(string webhookId, CancellationToken cancellationToken = default)
        {
            var path = RequestPath.Of("/webhooks/{webhookId}/test", webhookId);
            var answer = await _transport.SendCheckedAsync(HttpMethod.Post, path, null, cancellationToken).ConfigureAwait(false);
            var result = Errors.ProblemReader.Deserialize(answer, WebhooksJsonContext.Default.WebhookTestResult, "answer to POST " + path);
            result.WebhookId = webhookId;
            return result;
        }

        /// <summary>Reads the registered webhooks and works out what would make one match the settings.</summary>
        public async Task<WebhookPlan> PlanAsync(WebhookSettings desired, bool sendSecrets = false, CancellationToken cancellationToken = default)
        {
            WebhookUrl.Validate(desired.Url, "Url");
            desired.Events = WebhookEventNames.Normalize(desired.Events, "Event");
            var registered = new List<Webhook>();
            await foreach (var webhook in ListAsync(null, cancellationToken).ConfigureAwait(false)) registered.Add(webhook);
            return WebhookPlanner.Plan(desired, registered, sendSecrets);
        }

        /// <summary>Carries out a plan; an unchanged webhook is returned as it is, without a request.</summary>
        public async Task<Webhook> ApplyAsync(WebhookPlan plan, CancellationToken cancellationToken = default)
        {
            switch (plan.Action)
            {
                case WebhookAction.Create: return await CreateAsync(plan.Desired, cancellationToken).ConfigureAwait(false);
                case WebhookAction.Update: return await UpdateAsync(plan.Existing!.Id, plan.Update!, cancellationToken).ConfigureAwait(false);
                default: return plan.Existing!;
            }
        }

        /// <summary>
        /// After a create whose answer was lost (the connection failed once the request was sent): if a webhook with the
        /// settings' URL exists now, sends it the settings' secret (and header) again, so that the secret the caller
        /// holds is the webhook's for certain, and returns it; null when there is none (the create did not happen).
        /// </summary>
        public async Task<Webhook?> ResendSecretAfterLostCreateAsync(WebhookSettings settings, CancellationToken cancellationToken = default)
        {
            Webhook? created = null;
            await foreach (var webhook in ListAsync(null, cancellationToken).ConfigureAwait(false))
                if (WebhookUrl.Same(webhook.Url, settings.Url)) created = webhook;
            if (created == null) return null;
            return await UpdateAsync(created.Id, new WebhookUpdate { Secret = settings.Secret, Authentication = settings.Authentication }, cancellationToken)
                .ConfigureAwait(false);
        }

        private async Task<Webhook> SendAsync(HttpMethod method, string path, JsonRecord body, CancellationToken cancellationToken)
        {
            var answer = await _transport.SendCheckedAsync(method, path, JsonTree.Serialize(body), cancellationToken).ConfigureAwait(false);
            return Errors.ProblemReader.Deserialize(answer, WebhooksJsonContext.Default.Webhook, $"answer to {method} {path}");
        }

        private string Reveal(System.Security.SecureString secret)
        {
            var plain = SecureStrings.ToPlain(secret);
            _secrets.Add(plain);
            return plain;
        }

        private JsonRecord Header(WebhookHeader header)
        {
            var record = new JsonRecord();
            record.Add("headerName", header.Name);
            record.Add("headerValue", Reveal(header.Value));
            return record;
        }
    }
}
