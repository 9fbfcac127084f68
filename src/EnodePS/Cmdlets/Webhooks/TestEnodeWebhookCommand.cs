using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Has Enode send a test event to webhooks, and shows whether it arrived and what the endpoint answered.</para>
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "EnodeWebhook", HelpUri = HelpLinks.Cmdlets + "Test-EnodeWebhook.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(WebhookTestResult))]
    public sealed class TestEnodeWebhookCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("WebhookId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WebhookIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>A webhook (its Id, also from Register-EnodeWebhook) or a webhook id string from the pipeline (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet && !BindInput(InputObject!, WebhookParameters.PipedWebhook(id => Id = new[] { id }))) return;
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
