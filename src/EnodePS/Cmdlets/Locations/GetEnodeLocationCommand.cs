using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Locations
{
    /// <summary>
    /// <para type="synopsis">Gets locations: all of them, one user's, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeLocation", HelpUri = HelpLinks.Cmdlets + "Get-EnodeLocation.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Location))]
    public sealed class GetEnodeLocationCommand : ListCmdlet<Location>
    {
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("LocationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            foreach (var rule in ById("Location")) yield return rule;
            yield return PipelineRule.For("User", "Id", "-UserId", id => UserId = id);
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Location> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Locations.ListAsync(UserId, options, cancellationToken);

        protected override Task<Location> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Locations.GetAsync(id, cancellationToken);
    }
}
