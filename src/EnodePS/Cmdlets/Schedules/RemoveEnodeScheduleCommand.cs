using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Schedules
{
    /// <summary>
    /// <para type="synopsis">Deletes schedules.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EnodeSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveEnodeScheduleCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ScheduleId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ScheduleIdCompleter))]
        public string[]? Id { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in Id!)
            {
                if (!ShouldProcess(id, "Delete schedule")) continue;
                TryCall(id, () => Call(connection, (client, ct) => client.Schedules.DeleteAsync(id, ct).Done()));
            }
        }
    }
}
