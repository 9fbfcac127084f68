using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Deletes webhooks: Enode stops sending their events at once.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Unregister, "EnodeWebhook", HelpUri = HelpLinks.Cmdlets + "Unregister-EnodeWebhook.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class UnregisterEnodeWebhookCommand : ConnectedCmdlet
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
            {
                if (!ShouldProcess(id, "Delete webhook")) continue;
                if (TryCall(id, () => Call(connection, async (client, ct) => { await client.Webhooks.DeleteAsync(id, ct).ConfigureAwait(false); return true; })))
                    Verbose($"Deleted webhook {id}.");
            }
        }
    }
}
