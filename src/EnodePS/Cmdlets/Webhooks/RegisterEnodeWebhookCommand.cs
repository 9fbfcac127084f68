using System;
using System.Collections;
using System.Management.Automation;
using System.Security;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Webhooks;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Registers a webhook, or brings the one already registered for the URL in line: safe to run on every deploy.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Register, "EnodeWebhook", HelpUri = HelpLinks.Cmdlets + "Register-EnodeWebhook.md", DefaultParameterSetName = UrlSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(WebhookRegistration))]
    public sealed class RegisterEnodeWebhookCommand : ConnectedCmdlet
    {
        private const string UrlSet = "Url";
        private const string InputObjectSet = "InputObject";

        /// <summary>The HTTPS URL Enode posts events to (plain HTTP only to a loopback address, for the emulator).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = UrlSet)]
        [ValidateNotNullOrEmpty]
        public string? Url { get; set; }

        /// <summary>
        /// A URL string, or an untyped object (an Import-Csv row) with a Url property, from the pipeline. A webhook is
        /// refused: change one with Set-EnodeWebhook (see docs/pipelines.md).
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The signing secret. When omitted for a new webhook, a random one is generated and returned once.</summary>
        [Parameter]
        public SecureString? Secret { get; set; }

        /// <summary>The events to subscribe to; "*" (every event) by default.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(WebhookEventCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Event { get; set; } = { WebhookEventNames.All };

        /// <summary>The API version of the payloads, e.g. 2024-10-01; the client's default when omitted.</summary>
        [Parameter]
        [ValidatePattern(@"\A\d{4}-\d{2}-\d{2}\z")]
        public string? ApiVersion { get; set; }

        /// <summary>A header sent with every delivery: @{ 'X-Api-Key' = $secureValue }.</summary>
        [Parameter]
        [ValidateNotNull]
        public IDictionary? AuthenticationHeader { get; set; }

        /// <summary>Sends the secret (and header value) even when nothing else differs: they cannot be read back to compare.</summary>
        [Parameter]
        public SwitchParameter UpdateSecret { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet)
            {
                void Bind(string url) => Url = url;
                if (!BindInput(InputObject!, new[] { PipelineRule.String("-Url", Bind), PipelineRule.ByPropertyName("Url", "-Url", Bind) })) return;
            }
            var settings = Settings();
            if (UpdateSecret.IsPresent && Secret == null && AuthenticationHeader == null)
                InvalidParameter(nameof(UpdateSecret), "-UpdateSecret", "give -Secret (or -AuthenticationHeader) to send with it.");
            var connection = ActiveConnection;

            var plan = Call(connection, (client, ct) => client.Webhooks.PlanAsync(settings, UpdateSecret.IsPresent, ct));
            foreach (var note in plan.Notes) WriteWarning($"{settings.Url}: {note}.");
            if (plan.Action == WebhookAction.Unchanged)
            {
                Verbose($"{settings.Url}: the webhook {plan.Existing!.Id} already matches; nothing sent.");
                if (Secret == null)
                    WriteWarning($"{settings.Url}: the webhook {plan.Existing.Id} exists and no -Secret was given, so EnodePS cannot hand you its "
                        + "secret (the API never shows it). If you do not have it (for example because the run that created it failed), give it a new one: "
                        + $"Set-EnodeWebhook -Id {plan.Existing.Id} -Secret (Read-Host -AsSecureString)");
                Output(new WebhookRegistration("Unchanged", plan.Existing, plan.Changes, null));
                return;
            }

            var action = plan.Action == WebhookAction.Create ? "Create webhook" : "Update webhook " + plan.Existing!.Id + ": " + string.Join("; ", plan.Changes);
            if (!ShouldProcess(settings.Url, action)) return;

            SecureString? generated = null;
            if (plan.Action == WebhookAction.Create && settings.Secret == null) settings.Secret = generated = WebhookSecret.Generate();
            Webhook webhook;
            try
            {
                webhook = Call(connection, (client, ct) => client.Webhooks.ApplyAsync(plan, ct));
            }
            catch (Exception ex) when (generated != null && (ex is System.Net.Http.HttpRequestException || ex is System.IO.IOException || ex is TimeoutException))
            {
                // The answer was lost, not necessarily the create: a webhook made now would have a secret only this run knows.
                var recovered = Call(connection, (client, ct) => client.Webhooks.ResendSecretAfterLostCreateAsync(settings, ct));
                if (recovered == null) throw;
                WriteWarning($"{settings.Url}: the answer to the create was lost ({ex.Message}), but the webhook {recovered.Id} was created; "
                    + "its secret was sent again so that the one returned here is certainly its secret.");
                webhook = recovered;
            }
            if (generated != null)
                WriteWarning("A secret was generated for the new webhook. It is returned once, as a SecureString in the Secret property of "
                    + "the output: store it now (for example with Set-Secret). The API never shows it again, and your endpoint needs it to verify signatures.");
            Output(new WebhookRegistration(plan.Action == WebhookAction.Create ? "Created" : "Updated", webhook, plan.Changes, generated));
        }

        private WebhookSettings Settings()
        {
            try
            {
                WebhookUrl.Validate(Url, nameof(Url));
                return new WebhookSettings
                {
                    Url = Url!.Trim(),
                    Secret = Secret == null || Secret.Length == 0 ? null : Secret,
                    Events = WebhookEventNames.Normalize(Event, nameof(Event)),
                    ApiVersion = ApiVersion,
                    Authentication = AuthenticationHeader == null ? null : WebhookParameters.Header(AuthenticationHeader),
                    ManageAuthentication = AuthenticationHeader != null,
                };
            }
            catch (ArgumentException ex)
            {
                var parameter = ex.ParamName ?? nameof(Url);
                InvalidParameter(parameter, parameter == nameof(Event) ? string.Join(",", Event) : parameter == nameof(Url) ? Url : "(header)",
                    ex);
                throw;
            }
        }
    }
}
