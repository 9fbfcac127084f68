using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Charging
{
    /// <summary>Enode advises at most 6 commands per device per day: the connection counts them and speaks up.</summary>
    public class CommandBudgetTests
    {
        private const string SixStartsAndStops = "1..3 | ForEach-Object { Start-EnodeCharging -Id $id -Type vehicle; Stop-EnodeCharging -Id $id -Type vehicle }";

        [Fact]
        public void The_seventh_command_to_a_device_in_a_day_is_sent_with_a_warning_naming_the_device_and_the_count()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });
            var vehicle = session.Controllable(DeviceKind.Vehicle)[0];

            var six = session.Run(SixStartsAndStops, new { id = vehicle.Id }).AssertSucceeded();
            Assert.DoesNotContain(six.Warnings, w => w.Contains("command number"));

            var seventh = session.Run("Get-EnodeVehicle -Id $id | Start-EnodeCharging", new { id = vehicle.Id }).AssertSucceeded();

            Assert.Single(seventh.OutputOf<VendorAction>());
            var warning = Assert.Single(seventh.Warnings, w => w.Contains("command number"));
            Assert.Contains("Vehicle " + vehicle.Id + " (" + (string)vehicle.Body["vendor"]! + ")", warning);
            Assert.Contains("command number 7 in 24 hours", warning);
            Assert.Contains("at most 6", warning);
            Assert.Equal(7, session.Emulator.Journal.Mutating().Count());
        }

        [Fact]
        public void The_budget_can_be_raised_for_a_connection()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });
            var vehicle = session.Controllable(DeviceKind.Vehicle)[0];
            session.Invoke("Set-EnodeRequestOption -CommandsPerDevicePerDay 10 -Connection (Get-EnodeConnection)");

            var result = session.Run(SixStartsAndStops + "; Start-EnodeCharging -Id $id -Type vehicle", new { id = vehicle.Id }).AssertSucceeded();

            Assert.DoesNotContain(result.Warnings, w => w.Contains("command number"));
            Assert.Equal(7, result.OutputOf<VendorAction>().Count());
        }

        [Fact]
        public void Made_an_error_a_command_over_the_budget_is_not_sent()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });
            var vehicle = session.Controllable(DeviceKind.Vehicle)[0];
            session.Invoke("Set-EnodeRequestOption -CommandsPerDevicePerDay 2 -CommandBudgetAction Error");
            session.Run("Start-EnodeCharging -Id $id -Type vehicle; Stop-EnodeCharging -Id $id -Type vehicle", new { id = vehicle.Id }).AssertSucceeded();
            session.Emulator.Journal.Clear();

            var result = session.Run("Start-EnodeCharging -Id $id -Type vehicle", new { id = vehicle.Id });

            Assert.Empty(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.Equal("EnodeCommandBudgetExceeded,EnodePS.Cmdlets.Charging.StartEnodeChargingCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.QuotaExceeded, error.CategoryInfo.Category);
            Assert.Equal(vehicle.Id, error.TargetObject);
            Assert.Contains("command number 3", error.Exception.Message);
            Assert.Contains("Set-EnodeRequestOption", error.ErrorDetails.RecommendedAction);
            Assert.Empty(session.Emulator.Journal.Mutating());
        }

        [Fact]
        public void A_wrong_budget_is_refused_naming_the_parameter_and_the_range()
        {
            using var session = new PowerShellSession();

            var result = session.Run("Set-EnodeRequestOption -CommandsPerDevicePerDay 0");

            var error = Assert.Single(result.AllErrors);
            Assert.StartsWith("EnodeInvalidParameter,", error.FullyQualifiedErrorId);
            Assert.Contains("CommandsPerDevicePerDay", error.Exception.Message);
            Assert.Contains("1 to 1000", error.Exception.Message);
        }
    }
}
