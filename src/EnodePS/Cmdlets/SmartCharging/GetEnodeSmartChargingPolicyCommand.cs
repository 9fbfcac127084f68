using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// <para type="synopsis">Gets vehicles' smart charging policies.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeSmartChargingPolicy", HelpUri = HelpLinks.Cmdlets + "Get-EnodeSmartChargingPolicy.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(SmartChargingPolicy))]
    public sealed class GetEnodeSmartChargingPolicyCommand : SmartChargingVehicleCmdlet
    {
        /// <summary>Vehicle ids.</summary>
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
                TryCall(id, () => Output(Call(connection, (client, ct) => client.SmartCharging.GetPolicyAsync(id, ct))));
        }
    }
}
