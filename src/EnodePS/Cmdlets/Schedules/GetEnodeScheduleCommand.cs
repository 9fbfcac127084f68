using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Schedules
{
    /// <summary>
    /// <para type="synopsis">Gets schedules: a user's, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeSchedule", HelpUri = HelpLinks.Cmdlets + "Get-EnodeSchedule.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Schedule))]
    public sealed class GetEnodeScheduleCommand : ListCmdlet<Schedule>
    {
        [Parameter(Mandatory = true, ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("ScheduleId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ScheduleIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            foreach (var rule in ById("Schedule")) yield return rule;
            yield return PipelineRule.For("User", "Id", "-UserId", id => { UserId = id; _targetId = null; });
            yield return PipelineRule.For("Vehicle", "UserId", "-UserId (its schedules)", ListForDevice);
            yield return PipelineRule.For("Charger", "UserId", "-UserId (its schedules)", ListForDevice);
        }

        private string? _targetId;

        private void ListForDevice(string userId)
        {
            UserId = userId;
            _targetId = PipelineObjects.Property(InputObject!, "Id");
        }

        private protected override bool Keep(Schedule item) => _targetId == null || item.TargetId == _targetId;

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Schedule> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Schedules.ListAsync(UserId!, options, cancellationToken);

        protected override Task<Schedule> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Schedules.GetAsync(id, cancellationToken);
    }
}
