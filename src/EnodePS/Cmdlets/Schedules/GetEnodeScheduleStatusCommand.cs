using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Schedules
{
    /// <summary>
    /// <para type="synopsis">Gets the status of schedules: whether their targets charge as they should, and what comes next.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeScheduleStatus", HelpUri = HelpLinks.Cmdlets + "Get-EnodeScheduleStatus.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(ScheduleStatus))]
    public sealed class GetEnodeScheduleStatusCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("ScheduleId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ScheduleIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>A schedule (its Id) or a schedule id string from the pipeline (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet && !BindInput(InputObject!, PipelineRule.ForKind("Schedule", "-Id", id => Id = new[] { id }))) return;
            var connection = ActiveConnection;
            foreach (var id in Id!)
                TryCall(id, () => Output(Call(connection, (client, ct) => client.Schedules.GetStatusAsync(id, ct))));
        }
    }
}
