using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Has Enode send a test event to webhooks, and shows whether it arrived and what the endpoint answered.</para>
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "EnodeWebhook", HelpUri = HelpLinks.Cmdlets + "Test-EnodeWebhook.md")]
    [OutputType(typeof(WebhookTestResult))]
    public sealed class TestEnodeWebhookCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("WebhookId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WebhookIdCompleter))]
        public string[]? Id { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in Id!)
                TryCall(id, () =>
                {
                    var result = Call(connection, (client, ct) => client.Webhooks.TestAsync(id, ct));
                    if (!result.Succeeded) WriteWarning($"Webhook {id}: {result.Description}");
                    Output(result);
                });
        }
    }
}
