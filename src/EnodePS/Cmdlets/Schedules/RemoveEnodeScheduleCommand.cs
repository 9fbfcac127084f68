using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Schedules
{
    /// <summary>
    /// <para type="synopsis">Deletes schedules.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EnodeSchedule", HelpUri = HelpLinks.Cmdlets + "Remove-EnodeSchedule.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Schedule))]
    public sealed class RemoveEnodeScheduleCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("ScheduleId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ScheduleIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>A schedule (its Id) or a schedule id string from the pipeline; nothing related (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Writes each deleted schedule as it was (read just before deleting it).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet && !BindInput(InputObject!, PipelineRule.ForKind("Schedule", "-Id", id => Id = new[] { id }))) return;
            var connection = ActiveConnection;
            foreach (var id in Id!)
            {
                if (!ShouldProcess(id, "Delete schedule")) continue;
                TryCall(id, () =>
                {
                    var schedule = PassThru.IsPresent ? Call(connection, (client, ct) => client.Schedules.GetAsync(id, ct)) : null;
                    Call(connection, (client, ct) => client.Schedules.DeleteAsync(id, ct).Done());
                    if (schedule != null) Output(schedule);
                });
            }
        }
    }
}
