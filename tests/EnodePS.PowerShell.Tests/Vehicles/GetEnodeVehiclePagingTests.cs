using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Vehicles
{
    /// <summary>Resuming a listing that stopped on a failed page, and -IncludeTotalCount (the ListCmdlet paging contract).</summary>
    public class GetEnodeVehiclePagingTests
    {
        [Fact]
        public void A_listing_that_fails_on_a_page_says_where_to_resume_and_After_reads_the_rest()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 50 });
            session.Invoke("Set-EnodeRequestOption -MaxRetries 0");
            session.Emulator.Faults.FailEvery(FaultKind.ServerError, 3, operation: "GET /vehicles"); // the third page fails

            var stopped = session.Run("Get-EnodeVehicle -PageSize 10");

            Assert.Equal(20, stopped.OutputOf<Vehicle>().Count());
            var error = Assert.Single(stopped.AllErrors);
            Assert.EndsWith(",EnodePS.Cmdlets.Vehicles.GetEnodeVehicleCommand", error.FullyQualifiedErrorId);
            var cursor = Assert.IsType<string>(error.TargetObject);
            Assert.Equal(cursor, error.Exception.Data["EnodeResumeAfter"]);
            Assert.Contains("-After '" + cursor + "'", error.ErrorDetails.RecommendedAction);

            session.Emulator.Faults.Clear();
            var rest = session.Run("Get-EnodeVehicle -PageSize 10 -After $err.TargetObject", new { err = error }).AssertSucceeded();

            var all = session.Emulator.State.Vehicles.All.Select(v => v.Id);
            Assert.Equal(all, stopped.OutputOf<Vehicle>().Concat(rest.OutputOf<Vehicle>()).Select(v => v.Id));
        }

        [Fact]
        public void A_runbook_resumes_from_the_error_record_with_the_NextToken_alias()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 30 });
            session.Invoke("Set-EnodeRequestOption -MaxRetries 0");
            session.Emulator.Faults.FailEvery(FaultKind.ServerError, 2, operation: "GET /vehicles");

            var result = session.Run(@"
                $ids = [System.Collections.Generic.List[string]]::new()
                $token = $null
                $attempts = 0
                do {
                    $attempts++
                    try {
                        Get-EnodeVehicle -PageSize 10 -NextToken $token | ForEach-Object { $ids.Add($_.Id) }
                        $done = $true
                    } catch {
                        $token = $_.TargetObject
                        $done = $false
                    }
                } until ($done -or $attempts -gt 10)
                $ids").AssertSucceeded();

            Assert.Equal(session.Emulator.State.Vehicles.All.Select(v => v.Id), result.Output.Select(o => (string)o.BaseObject));
        }

        [Fact]
        public void A_failed_first_page_has_no_cursor_and_says_to_run_again()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 5 });
            session.Invoke("Set-EnodeRequestOption -MaxRetries 0");
            session.Emulator.Faults.FailNext(FaultKind.ServerError, 1, operation: "GET /vehicles");

            var error = Assert.Single(session.Run("Get-EnodeVehicle").AllErrors);

            Assert.Null(error.TargetObject);
            Assert.Contains("run the command again", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void IncludeTotalCount_writes_an_unknown_total_first_as_PowerShells_paging_contract_says()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 4 });

            var result = session.Run("$all = @(Get-EnodeVehicle -IncludeTotalCount); $all.Count; $all[0].ToString(); $all[0].Accuracy; @($all | Where-Object Id).Count")
                .AssertSucceeded();

            Assert.Equal(new object[] { 5, "Unknown total count", 0.0, 4 }, result.Objects.ToArray());
        }

        [Theory]
        [InlineData("Get-EnodeVehicle")]
        [InlineData("Get-EnodeCharger")]
        [InlineData("Get-EnodeHvac")]
        [InlineData("Get-EnodeBattery")]
        [InlineData("Get-EnodeInverter")]
        [InlineData("Get-EnodeMeter")]
        [InlineData("Get-EnodeHemSystem")]
        [InlineData("Get-EnodeUser")]
        [InlineData("Get-EnodeLocation")]
        [InlineData("Get-EnodeSchedule")]
        [InlineData("Get-EnodeWebhook")]
        public void Every_list_cmdlet_starts_from_a_cursor(string name)
        {
            var after = ModuleCommands.Named(name).Parameters["After"];

            Assert.Equal(typeof(string), after.ParameterType);
            Assert.Contains("NextToken", after.Aliases);
            Assert.Contains("List", after.ParameterSets.Keys);
        }
    }
}
