using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Gets the webhooks registered for your Enode client: all of them, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeWebhook", HelpUri = HelpLinks.Cmdlets + "Get-EnodeWebhook.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Webhook))]
    public sealed class GetEnodeWebhookCommand : ListCmdlet<Webhook>
    {
        /// <summary>Webhook ids; binds the Id property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("WebhookId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WebhookIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            foreach (var rule in ById("Webhook")) yield return rule;
            yield return PipelineRule.For("WebhookRegistration", "Id", "-Id", id => PipedIds.Add(id));
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Webhook> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Webhooks.ListAsync(options, cancellationToken);

        protected override Task<Webhook> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Webhooks.GetAsync(id, cancellationToken);
    }
}
