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
    [Cmdlet(VerbsCommon.Get, "EnodeSmartChargingPlan", HelpUri = HelpLinks.Cmdlets + "Get-EnodeSmartChargingPlan.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(SmartChargingPlan))]
    public sealed class GetEnodeSmartChargingPlanCommand : SmartChargingVehicleCmdlet
    {
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VehicleIdCompleter))]
        public string? VehicleId { get; set; }

        protected override string[]? GivenVehicleIds => VehicleId == null ? null : new[] { VehicleId };

        /// <summary>The plan's id; the latest plan when left out.</summary>
        [Parameter(Position = 1)]
        [Alias("SmartChargingPlanId")]
        [ValidateNotNullOrEmpty]
        public string PlanId { get; set; } = SmartChargingResource.LatestPlan;

        protected override void Process()
        {
            // A piped plan stands for itself, unless -PlanId says which of its vehicle's plans.
            var planId = ParameterSetName == InputObjectSet && !MyInvocation.BoundParameters.ContainsKey(nameof(PlanId))
                && PipelineInput.KindOf(InputObject!) == "SmartChargingPlan" ? PipelineObjects.Property(InputObject!, "Id") ?? PlanId : PlanId;
            foreach (var vehicleId in VehicleIds())
                Get(vehicleId, planId);
        }

        private void Get(string vehicleId, string planId)
        {
            var connection = ActiveConnection;
            TryCall(vehicleId, () => Output(Call(connection, (client, ct) => client.SmartCharging.GetPlanAsync(vehicleId, planId, ct))));
        }
    }
}
