using System;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Threading;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Models.Events;
using EnodePS.Client.Webhooks;
using EnodePS.Completers;
using EnodePS.Connections;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Listens for webhook deliveries on a local HTTP endpoint and writes each event to the pipeline as it arrives.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Receive, "EnodeWebhook", HelpUri = HelpLinks.Cmdlets + "Receive-EnodeWebhook.md", DefaultParameterSetName = Listen)]
    [OutputType(typeof(WebhookEvent))]
    public sealed class ReceiveEnodeWebhookCommand : ConnectedCmdlet
    {
        private const string Listen = "Listen";
        private const string RegisterSet = "Register";

        /// <summary>The local port (on 127.0.0.1); a free one when 0 or omitted.</summary>
        [Parameter]
        [ValidateRange(0, 65535)]
        public int Port { get; set; }

        /// <summary>The webhook's secret: every delivery's x-enode-signature is checked with it. Generated with -Register.</summary>
        [Parameter(Mandatory = true, ParameterSetName = Listen)]
        [Parameter(ParameterSetName = RegisterSet)]
        [ValidateNotNull]
        public SecureString? Secret { get; set; }

        /// <summary>Writes only events whose name matches one of these (wildcards allowed); every event by default.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(WebhookEventCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Event { get; set; } = { WebhookEventNames.All };

        /// <summary>Stops after this many events were written.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int Count { get; set; }

        /// <summary>Stops after this many seconds.</summary>
        [Parameter]
        [Alias("Timeout")]
        [Seconds]
        [ValidateRange(1.0, 86400.0 * 7)]
        public double TimeoutSeconds { get; set; }

        /// <summary>Registers a temporary webhook that posts to the listener, and removes it when the cmdlet stops.</summary>
        [Parameter(Mandatory = true, ParameterSetName = RegisterSet)]
        public SwitchParameter Register { get; set; }

        /// <summary>With -Register: the public HTTPS URL of a tunnel that forwards to the listener (needed for a real Enode).</summary>
        [Parameter(ParameterSetName = RegisterSet)]
        [ValidateNotNull]
        public Uri? PublicUrl { get; set; }

        protected override void End()
        {
            var patterns = Event.Select(e => new WildcardPattern(e, WildcardOptions.IgnoreCase)).ToArray();
            var connection = Register.IsPresent ? ActiveConnection : null;
            if (connection != null && PublicUrl == null && connection.Environment != EnodeEnvironment.Emulator && !connection.ApiUrl.IsLoopback)
                InvalidParameter(nameof(PublicUrl), "(none)",
                    $"the connection '{connection.Name}' is {connection.Environment}: Enode cannot reach 127.0.0.1. Run a tunnel to the listener's port and give its HTTPS URL with -PublicUrl.");

            var secret = Secret ?? WebhookSecret.Generate();
            var secretText = WebhookBody.SecretText(secret, out var problem);
            if (secretText == null) InvalidParameter(nameof(Secret), "(empty)", problem!);

            WebhookListener listener;
            try
            {
                listener = new WebhookListener(Port, secretText!);
            }
            catch (System.Net.Sockets.SocketException ex)
            {
                Terminate(ErrorMapper.Record(new InvalidOperationException($"Cannot listen on 127.0.0.1:{Port}: {ex.Message}", ex),
                    "EnodeWebhookListenerFailed", ErrorCategory.ResourceUnavailable, Port));
                return;
            }

            Webhook? registered = null;
            using (listener)
            using (var ending = CancellationTokenSource.CreateLinkedTokenSource(StopToken))
            {
                try
                {
                    Verbose($"Listening for webhook deliveries at {listener.Url}.");
                    if (connection != null)
                    {
                        var url = PublicUrl?.ToString() ?? listener.Url.ToString();
                        var settings = new WebhookSettings { Url = url, Secret = secret, Events = Subscriptions() };
                        registered = Call(connection, (client, ct) => client.Webhooks.CreateAsync(settings, ct));
                        Verbose($"Registered the temporary webhook {registered.Id} for {url}; it is removed when Receive-EnodeWebhook stops.");
                    }
                    if (TimeoutSeconds > 0) ending.CancelAfter(TimeSpan.FromSeconds(TimeoutSeconds));
                    Receive(listener, patterns, ending.Token);
                }
                catch (OperationCanceledException) when (ending.IsCancellationRequested && !StopToken.IsCancellationRequested)
                {
                    Verbose($"No more events after {TimeoutSeconds} seconds.");
                }
                finally
                {
                    if (registered != null) Unregister(connection!, registered.Id);
                }
            }
        }

        private void Receive(WebhookListener listener, WildcardPattern[] patterns, CancellationToken cancellationToken)
        {
            var written = 0;
            foreach (var item in Pump.Stream(listener.ReadAllAsync(cancellationToken), cancellationToken))
            {
                if (item.Rejection != null)
                {
                    WriteError(ErrorMapper.Record(item.Rejection,
                        item.Rejection is SecurityException ? "EnodeWebhookSignatureInvalid" : "EnodeWebhookPayloadInvalid",
                        item.Rejection is SecurityException ? ErrorCategory.SecurityError : ErrorCategory.InvalidData, listener.Url));
                    continue;
                }
                var e = item.Event!;
                if (!patterns.Any(p => p.IsMatch(e.Event))) continue;
                Output(WebhookEventOutput.WithPayloadTypeNames(e));
                if (Count > 0 && ++written >= Count) return;
            }
        }

        /// <summary>The exact names among -Event, or every event when a pattern has wildcards.</summary>
        private System.Collections.Generic.IReadOnlyList<string> Subscriptions()
        {
            if (Event.Any(WildcardPattern.ContainsWildcardCharacters)) return new[] { WebhookEventNames.All };
            try
            {
                return WebhookEventNames.Normalize(Event, nameof(Event));
            }
            catch (ArgumentException)
            {
                return new[] { WebhookEventNames.All }; // system:heartbeat, or a newer event: listen to everything, filter here
            }
        }

        /// <summary>Removes the temporary webhook even after Ctrl+C, within a few seconds.</summary>
        private void Unregister(EnodeConnection connection, string webhookId)
        {
            try
            {
                using (var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
                    connection.Client.Webhooks.DeleteAsync(webhookId, cleanup.Token).GetAwaiter().GetResult();
                Verbose($"Removed the temporary webhook {webhookId}.");
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteWarning($"The temporary webhook {webhookId} could not be removed ({ex.Message}); remove it with Unregister-EnodeWebhook -Id {webhookId}.");
            }
        }
    }
}
