using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Batteries
{
    /// <summary>
    /// <para type="synopsis">Gets home batteries: all of them, one user's, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeBattery", HelpUri = HelpLinks.Cmdlets + "Get-EnodeBattery.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Battery))]
    public sealed class GetEnodeBatteryCommand : ListCmdlet<Battery>
    {
        /// <summary>Lists only this user's home batteries.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>Battery ids; binds the Id property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("BatteryId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BatteryIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            foreach (var rule in ById("Battery")) yield return rule;
            yield return PipelineRule.For("User", "Id", "-UserId", id => UserId = id);
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Battery> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Batteries.ListAsync(UserId, options, cancellationToken);

        protected override Task<Battery> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Batteries.GetAsync(id, cancellationToken);
    }
}
