using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// <para type="synopsis">Makes vehicles charge now, overriding smart charging or a schedule until they stop charging.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "EnodeSmartOverride", HelpUri = HelpLinks.Cmdlets + "Start-EnodeSmartOverride.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SmartOverride))]
    public sealed class StartEnodeSmartOverrideCommand : SmartChargingVehicleCmdlet
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
                if (!ShouldProcess(id, "Start charging now, overriding smart charging and schedules")) continue;
                TryCall(id, () => Output(Call(connection, (client, ct) => client.SmartCharging.StartOverrideAsync(id, ct))));
            }
        }
    }
}
