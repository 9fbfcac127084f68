using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.HemSystems
{
    /// <summary>
    /// <para type="synopsis">Gets HEM systems (home energy management systems): all of them, one user's, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeHemSystem", HelpUri = HelpLinks.Cmdlets + "Get-EnodeHemSystem.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(HemSystem))]
    public sealed class GetEnodeHemSystemCommand : ListCmdlet<HemSystem>
    {
        /// <summary>Lists only this user's HEM systems (home energy management systems).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>HEM system ids; binds the Id property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("HemSystemId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HemSystemIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            var ids = PipedIds;
            foreach (var rule in ById("HemSystem")) yield return rule;
            yield return PipelineRule.For("Meter", "HemSystemId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("Inverter", "HemSystemId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("Battery", "HemSystemId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("User", "Id", "-UserId", id => UserId = id);
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<HemSystem> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.HemSystems.ListAsync(UserId, options, cancellationToken);

        protected override Task<HemSystem> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.HemSystems.GetAsync(id, cancellationToken);
    }
}
