using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.SmartCharging
{
    public class GetEnodeSmartChargingPlanTests
    {
        [Fact]
        public void Plans_and_status_are_typed_with_costs_and_times()
        {
            using var session = SmartChargingSessions.Evening();
            var vehicle = session.PluggedInVehicle();
            session.Run("Set-EnodeSmartChargingPolicy -VehicleId $vehicle.Id -Enabled:$true -Deadline 07:00").AssertSucceeded();

            var planned = session.Run("$plan = $vehicle | Get-EnodeSmartChargingPlan; $plan").AssertSucceeded();
            var plan = planned.OutputOf<SmartChargingPlan>().Single();
            Assert.Equal("EnodePS.SmartChargingPlan", planned.Output[0].TypeNames[0]);
            Assert.Equal($"/vehicles/{vehicle.Id}/smart-charging-plans/latest", session.Emulator.Journal.Api().Last().Path);
            Assert.Equal((vehicle.Id, "EUR"), (plan.VehicleId, plan.Currency));
            Assert.True(plan.SmartCost <= plan.NonSmartCost && plan.EstimatedSavings >= 0);
            Assert.True(plan.StartAt >= plan.StopAt && plan.EstimatedFinishAt > plan.StartAt);
            Assert.Equal(plan.Id, session.Run("Get-EnodeSmartChargingPlan -VehicleId $vehicle.Id -PlanId $plan.Id").AssertSucceeded().OutputOf<SmartChargingPlan>().Single().Id);

            var status = session.Run("$vehicle | Get-EnodeSmartChargingStatus").AssertSucceeded().OutputOf<SmartChargingStatus>().Single();
            Assert.Equal($"/vehicles/{vehicle.Id}/smart-charging-status", session.Emulator.Journal.Api().Last().Path);
            Assert.Equal(("PLAN:EXECUTING:STOPPED:AWAITING_PRICES", plan.Id), (status.State, status.Plan!.Id));
            var otherId = session.Emulator.State.Vehicles.All[1].Id;
            var none = Assert.Single(session.Run("Get-EnodeSmartChargingPlan -VehicleId $otherId", new { otherId }).Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.SmartCharging.GetEnodeSmartChargingPlanCommand", none.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, none.CategoryInfo.Category);
        }
    }
}
