using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// <para type="synopsis">Ends vehicles' smart overrides, handing control back to smart charging or the schedule.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "EnodeSmartOverride", HelpUri = HelpLinks.Cmdlets + "Stop-EnodeSmartOverride.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SmartOverride))]
    public sealed class StopEnodeSmartOverrideCommand : SmartChargingVehicleCmdlet
    {
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VehicleIdCompleter))]
        public string[]? VehicleId { get; set; }

        protected override string[]? GivenVehicleIds => VehicleId;

        protected override void Process()
        {
            var ids = VehicleIds();
            var connection = ActiveConnection;
            foreach (var id in ids)
            {
                if (!ShouldProcess(id, "End the smart override")) continue;
                TryCall(id, () => Output(Call(connection, (client, ct) => client.SmartCharging.EndOverrideAsync(id, ct))));
            }
        }
    }
}
