using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Inverters
{
    /// <summary>
    /// <para type="synopsis">Gets solar inverters: all of them, one user's, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeInverter", HelpUri = HelpLinks.Cmdlets + "Get-EnodeInverter.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Inverter))]
    public sealed class GetEnodeInverterCommand : ListCmdlet<Inverter>
    {
        /// <summary>Lists only this user's solar inverters.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>Inverter ids; binds the Id property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("InverterId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InverterIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            foreach (var rule in ById("Inverter")) yield return rule;
            yield return PipelineRule.For("User", "Id", "-UserId", id => UserId = id);
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Inverter> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Inverters.ListAsync(UserId, options, cancellationToken);

        protected override Task<Inverter> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Inverters.GetAsync(id, cancellationToken);
    }
}
