using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Chargers
{
    /// <summary>
    /// <para type="synopsis">Gets chargers: all of them, one user's, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeCharger", HelpUri = HelpLinks.Cmdlets + "Get-EnodeCharger.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Charger))]
    public sealed class GetEnodeChargerCommand : ListCmdlet<Charger>
    {
        /// <summary>Lists only this user's chargers.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>Charger ids; binds the Id property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("ChargerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ChargerIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            foreach (var rule in ById("Charger")) yield return rule;
            yield return PipelineRule.For("User", "Id", "-UserId", id => UserId = id);
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Charger> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Chargers.ListAsync(UserId, options, cancellationToken);

        protected override Task<Charger> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Chargers.GetAsync(id, cancellationToken);
    }
}
