using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Schedules
{
    /// <summary>
    /// <para type="synopsis">Gets the status of schedules: whether their targets charge as they should, and what comes next.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeScheduleStatus", HelpUri = HelpLinks.Cmdlets + "Get-EnodeScheduleStatus.md")]
    [OutputType(typeof(ScheduleStatus))]
    public sealed class GetEnodeScheduleStatusCommand : ConnectedCmdlet
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
                TryCall(id, () => Output(Call(connection, (client, ct) => client.Schedules.GetStatusAsync(id, ct))));
        }
    }
}
