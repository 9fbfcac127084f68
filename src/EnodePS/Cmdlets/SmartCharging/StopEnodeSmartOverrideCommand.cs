using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// <para type="synopsis">Ends vehicles' smart overrides, handing control back to smart charging or the schedule.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "EnodeSmartOverride", HelpUri = HelpLinks.Cmdlets + "Stop-EnodeSmartOverride.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SmartOverride))]
    public sealed class StopEnodeSmartOverrideCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VehicleIdCompleter))]
        public string[]? VehicleId { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in VehicleId!)
            {
                if (!ShouldProcess(id, "End the smart override")) continue;
                TryCall(id, () => Output(Call(connection, (client, ct) => client.SmartCharging.EndOverrideAsync(id, ct))));
            }
        }
    }
}
