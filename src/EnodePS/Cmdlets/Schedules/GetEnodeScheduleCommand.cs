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
    [Cmdlet(VerbsCommon.Get, "EnodeSchedule", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Schedule))]
    public sealed class GetEnodeScheduleCommand : ListCmdlet<Schedule>
    {
        [Parameter(Mandatory = true, ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("ScheduleId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ScheduleIdCompleter))]
        public string[]? Id { get; set; }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Schedule> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Schedules.ListAsync(UserId!, options, cancellationToken);

        protected override Task<Schedule> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Schedules.GetAsync(id, cancellationToken);
    }
}
