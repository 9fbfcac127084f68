using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// <para type="synopsis">Gets where vehicles stand in smart charging: state, active plan and smart override.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeSmartChargingStatus", HelpUri = HelpLinks.Cmdlets + "Get-EnodeSmartChargingStatus.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(SmartChargingStatus))]
    public sealed class GetEnodeSmartChargingStatusCommand : SmartChargingVehicleCmdlet
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
                TryCall(id, () => Output(Call(connection, (client, ct) => client.SmartCharging.GetStatusAsync(id, ct))));
        }
    }
}
