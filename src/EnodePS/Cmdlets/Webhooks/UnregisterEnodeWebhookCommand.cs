using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Deletes webhooks: Enode stops sending their events at once.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Unregister, "EnodeWebhook", HelpUri = HelpLinks.Cmdlets + "Unregister-EnodeWebhook.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class UnregisterEnodeWebhookCommand : ConnectedCmdlet
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
            {
                if (!ShouldProcess(id, "Delete webhook")) continue;
                if (TryCall(id, () => Call(connection, async (client, ct) => { await client.Webhooks.DeleteAsync(id, ct).ConfigureAwait(false); return true; })))
                    Verbose($"Deleted webhook {id}.");
            }
        }
    }
}
