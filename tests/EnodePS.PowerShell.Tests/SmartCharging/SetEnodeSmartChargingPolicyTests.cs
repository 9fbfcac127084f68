using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.SmartCharging
{
    public class SetEnodeSmartChargingPolicyTests
    {
        [Fact]
        public void Set_then_get_the_policy_of_a_piped_vehicle_and_the_vehicle_shows_it()
        {
            using var session = SmartChargingSessions.Evening();
            var vehicle = session.PluggedInVehicle();

            var set = session.Run("$vehicle | Set-EnodeSmartChargingPolicy -Enabled:$true -Deadline 7:00 -MinimumChargeLimit 20 -PassThru").AssertSucceeded();

            var sent = session.Emulator.Journal.Api().Last();
            Assert.Equal(("PUT", $"/vehicles/{vehicle.Id}/smart-charging-policy", "{\"isEnabled\":true,\"deadline\":\"07:00\",\"minimumChargeLimit\":20}"), (sent.Method, sent.Path, sent.Body));
            var policy = set.OutputOf<SmartChargingPolicy>().Single();
            Assert.Equal("EnodePS.SmartChargingPolicy", set.Output[0].TypeNames[0]);
            Assert.Equal((vehicle.Id, true, "07:00", 20.0), (policy.VehicleId, policy.IsEnabled, policy.Deadline, policy.MinimumChargeLimit));
            var got = session.Run("$vehicle | Get-EnodeSmartChargingPolicy").AssertSucceeded().OutputOf<SmartChargingPolicy>().Single();
            Assert.Equal(("GET", $"/vehicles/{vehicle.Id}/smart-charging-policy"), (session.Emulator.Journal.Api().Last().Method, session.Emulator.Journal.Api().Last().Path));
            Assert.Equal("07:00", got.Deadline);
            Assert.True(session.Run("$vehicle | Get-EnodeVehicle").AssertSucceeded().OutputOf<Vehicle>().Single().SmartChargingPolicy.IsEnabled);
        }

        [Theory]
        [InlineData("-Deadline 7pm", "Deadline", "a clock time HH:mm from 00:00 to 23:59")]
        [InlineData("-MinimumChargeLimit 120", "MinimumChargeLimit", "a percentage from 0 to 100")]
        public void Bad_policy_values_name_the_parameter_before_sending(string badValue, string parameter, string allowed)
        {
            using var session = SmartChargingSessions.Evening();
            var before = session.Emulator.RequestCount;

            var bad = Assert.Single(session.Run("Set-EnodeSmartChargingPolicy -VehicleId v " + badValue).AllErrors);
            var nothing = Assert.Single(session.Run("Set-EnodeSmartChargingPolicy -VehicleId v").AllErrors);

            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.All(new[] { bad, nothing }, e =>
                Assert.Equal(("EnodeInvalidParameter,EnodePS.Cmdlets.SmartCharging.SetEnodeSmartChargingPolicyCommand", ErrorCategory.InvalidArgument), (e.FullyQualifiedErrorId, e.CategoryInfo.Category)));
            Assert.Contains($"for -{parameter}: {allowed}", bad.Exception.Message);
            Assert.Contains("give at least one of -Enabled, -Deadline or -MinimumChargeLimit", nothing.Exception.Message);
        }

        [Fact]
        public void Enabling_without_a_deadline_is_the_apis_400_as_an_error_on_that_vehicle()
        {
            using var session = SmartChargingSessions.Evening();
            var vehicleId = session.Emulator.State.Vehicles.All[0].Id;

            var result = session.Run("Set-EnodeSmartChargingPolicy -VehicleId $vehicleId -Enabled:$true", new { vehicleId });

            var error = Assert.Single(result.Errors);
            Assert.Equal("EnodeBadRequest,EnodePS.Cmdlets.SmartCharging.SetEnodeSmartChargingPolicyCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(vehicleId, error.TargetObject);
            Assert.Contains("deadline", error.Exception.Message);
        }
    }
}
