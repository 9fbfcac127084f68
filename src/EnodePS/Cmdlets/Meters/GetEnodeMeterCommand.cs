using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Meters
{
    /// <summary>
    /// <para type="synopsis">Gets grid meters: all of them, one user's, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeMeter", HelpUri = HelpLinks.Cmdlets + "Get-EnodeMeter.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Meter))]
    public sealed class GetEnodeMeterCommand : ListCmdlet<Meter>
    {
        /// <summary>Lists only this user's grid meters.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>Meter ids; binds the Id property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("MeterId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(MeterIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            foreach (var rule in ById("Meter")) yield return rule;
            yield return PipelineRule.For("User", "Id", "-UserId", id => UserId = id);
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Meter> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Meters.ListAsync(UserId, options, cancellationToken);

        protected override Task<Meter> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Meters.GetAsync(id, cancellationToken);
    }
}
