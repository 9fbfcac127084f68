using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Hvacs
{
    /// <summary>
    /// <para type="synopsis">Gets HVAC units: all of them, one user's, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeHvac", HelpUri = HelpLinks.Cmdlets + "Get-EnodeHvac.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Hvac))]
    public sealed class GetEnodeHvacCommand : ListCmdlet<Hvac>
    {
        /// <summary>Lists only this user's HVAC units.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>HVAC unit ids; binds the Id property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("HvacId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HvacIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            foreach (var rule in ById("Hvac")) yield return rule;
            yield return PipelineRule.For("User", "Id", "-UserId", id => UserId = id);
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Hvac> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Hvacs.ListAsync(UserId, options, cancellationToken);

        protected override Task<Hvac> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Hvacs.GetAsync(id, cancellationToken);
    }
}
