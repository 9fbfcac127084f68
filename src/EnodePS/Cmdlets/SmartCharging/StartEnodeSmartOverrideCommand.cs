using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// <para type="synopsis">Makes vehicles charge now, overriding smart charging or a schedule until they stop charging.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "EnodeSmartOverride", HelpUri = HelpLinks.Cmdlets + "Start-EnodeSmartOverride.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SmartOverride))]
    public sealed class StartEnodeSmartOverrideCommand : ConnectedCmdlet
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
                if (!ShouldProcess(id, "Start charging now, overriding smart charging and schedules")) continue;
                TryCall(id, () => Output(Call(connection, (client, ct) => client.SmartCharging.StartOverrideAsync(id, ct))));
            }
        }
    }
}
