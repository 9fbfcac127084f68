using System.Management.Automation;
using EnodePS.Client.Models;

using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Actions
{
    /// <summary>
    /// <para type="synopsis">Cancels pending actions, so that Enode stops trying to carry them out.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "EnodeAction", HelpUri = HelpLinks.Cmdlets + "Stop-EnodeAction.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VendorAction))]
    public sealed class StopEnodeActionCommand : ActionTargetCmdlet
    {
        /// <summary>Writes each cancelled action.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            foreach (var action in Received())
            {
                if (!ShouldProcess($"{action.TargetType} action {action.Id}", "Cancel")) continue;
                var connection = ActiveConnection;
                TryCall(action.Id, () =>
                {
                    var cancelled = Call(connection, (client, ct) => client.Actions.CancelAsync(action.TargetType, action.Id, ct));
                    if (PassThru.IsPresent) Output(cancelled);
                });
            }
        }
    }
}
