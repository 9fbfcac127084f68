using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Gets users: all of them, or by id with the vendors they have linked.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeUser", HelpUri = HelpLinks.Cmdlets + "Get-EnodeUser.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(User))]
    public sealed class GetEnodeUserCommand : ListCmdlet<User>
    {
        /// <summary>User ids; binds the Id property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("UserId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            var ids = PipedIds;
            foreach (var rule in ById("User")) yield return rule;
            yield return PipelineRule.For("Vehicle", "UserId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("Charger", "UserId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("Hvac", "UserId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("Battery", "UserId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("Inverter", "UserId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("Meter", "UserId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("HemSystem", "UserId", "-Id", id => ids.Add(id));
            yield return PipelineRule.For("Location", "UserId", "-Id", id => ids.Add(id));
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<User> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Users.ListAsync(options, cancellationToken);

        protected override Task<User> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Users.GetAsync(id, cancellationToken);
    }
}
