using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using EnodePS.Completers;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Webhooks;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Changes a webhook: its URL, secret, events, payload version or authentication header. Only what is given is sent.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeWebhook", HelpUri = HelpLinks.Cmdlets + "Set-EnodeWebhook.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Webhook))]
    public sealed class SetEnodeWebhookCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("WebhookId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WebhookIdCompleter))]
        public string? Id { get; set; }

        /// <summary>A webhook (its Id, also from Register-EnodeWebhook) or a webhook id string from the pipeline (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Url { get; set; }

        [Parameter]
        [ValidateNotNull]
        public SecureString? Secret { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(WebhookEventCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Event { get; set; }

        [Parameter]
        [ValidatePattern(@"\A\d{4}-\d{2}-\d{2}\z")]
        public string? ApiVersion { get; set; }

        /// <summary>A header sent with every delivery: @{ 'X-Api-Key' = $secureValue }.</summary>
        [Parameter]
        [ValidateNotNull]
        public IDictionary? AuthenticationHeader { get; set; }

        /// <summary>Stops sending the authentication header.</summary>
        [Parameter]
        public SwitchParameter RemoveAuthentication { get; set; }

        /// <summary>Writes the webhook as it is after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet && !BindInput(InputObject!, WebhookParameters.PipedWebhook(id => Id = id))) return;
            var update = Update();
            var connection = ActiveConnection;
            if (!ShouldProcess(Id!, "Update webhook: " + Describe(update))) return;
            var webhook = Call(connection, (client, ct) => client.Webhooks.UpdateAsync(Id!, update, ct));
            if (PassThru.IsPresent) Output(webhook);
        }

        private WebhookUpdate Update()
        {
            if (AuthenticationHeader != null && RemoveAuthentication.IsPresent)
                InvalidParameter(nameof(RemoveAuthentication), "-RemoveAuthentication", "give either -AuthenticationHeader or -RemoveAuthentication, not both.");
            WebhookUpdate? update = null;
            try
            {
                if (Url != null) WebhookUrl.Validate(Url, nameof(Url));
                update = new WebhookUpdate
                {
                    Url = Url?.Trim(),
                    Secret = Secret,
                    Events = Event == null ? null : WebhookEventNames.Normalize(Event, nameof(Event)),
                    ApiVersion = ApiVersion,
                    Authentication = AuthenticationHeader == null ? null : WebhookParameters.Header(AuthenticationHeader),
                    RemoveAuthentication = RemoveAuthentication.IsPresent,
                };
            }
            catch (ArgumentException ex)
            {
                var parameter = ex.ParamName ?? nameof(Url);
                InvalidParameter(parameter, parameter == nameof(Event) ? string.Join(",", Event!) : parameter == nameof(Url) ? Url : "(header)",
                    ex);
            }
            if (update!.IsEmpty)
                InvalidParameter(nameof(Id), Id, "give at least one of -Url, -Secret, -Event, -ApiVersion, -AuthenticationHeader or -RemoveAuthentication.");
            return update;
        }

        private static string Describe(WebhookUpdate update)
        {
            var parts = new List<string>();
            if (update.Url != null) parts.Add("url " + update.Url);
            if (update.Secret != null) parts.Add("new secret");
            if (update.Events != null) parts.Add("events " + string.Join(",", update.Events));
            if (update.ApiVersion != null) parts.Add("apiVersion " + update.ApiVersion);
            if (update.Authentication != null) parts.Add("authentication header " + update.Authentication.Name);
            if (update.RemoveAuthentication) parts.Add("no authentication header");
            return string.Join("; ", parts);
        }
    }
}
