using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Client.Resources;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// <para type="synopsis">Gets a vehicle's smart charging plan: the latest one, or one by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeSmartChargingPlan", HelpUri = HelpLinks.Cmdlets + "Get-EnodeSmartChargingPlan.md")]
    [OutputType(typeof(SmartChargingPlan))]
    public sealed class GetEnodeSmartChargingPlanCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VehicleIdCompleter))]
        public string? VehicleId { get; set; }

        /// <summary>The plan's id; the latest plan when left out.</summary>
        [Parameter(Position = 1)]
        [Alias("SmartChargingPlanId")]
        [ValidateNotNullOrEmpty]
        public string PlanId { get; set; } = SmartChargingResource.LatestPlan;

        protected override void Process()
        {
            var connection = ActiveConnection;
            var vehicleId = VehicleId!;
            TryCall(vehicleId, () => Output(Call(connection, (client, ct) => client.SmartCharging.GetPlanAsync(vehicleId, PlanId, ct))));
        }
    }
}
