using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Vehicles
{
    public class GetEnodeVehicleTests
    {
        [Fact]
        public void Streams_all_vehicles_as_typed_objects_in_api_order()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 130, UserCount = 5 });

            var result = session.Run("Get-EnodeVehicle -PageSize 20").AssertSucceeded();

            var vehicles = result.OutputOf<Vehicle>().ToList();
            Assert.Equal(session.Emulator.State.Vehicles.All.Select(r => r.Id), vehicles.Select(v => v.Id));
            Assert.All(vehicles, v => Assert.False(string.IsNullOrEmpty(v.Vendor)));
            Assert.All(result.Output, o => Assert.Equal("EnodePS.Vehicle", o.TypeNames[0]));
            Assert.Equal(7, session.Emulator.ServedOperations["GET /vehicles"]);
        }

        [Fact]
        public void Debug_and_verbose_lines_reach_their_streams()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 60 });

            var result = session.Run("Get-EnodeVehicle -PageSize 7 -Verbose -Debug").AssertSucceeded();

            Assert.Equal(60, result.Output.Count);
            Assert.NotEmpty(result.Verbose);
            Assert.Contains(result.Debug, line => line.Contains("/vehicles"));
        }

        [Fact]
        public void Lists_one_users_vehicles()
        {
            using var session = new PowerShellSession();
            var userId = session.Emulator.State.Users.All[1].Id;

            var vehicles = session.Run("Get-EnodeVehicle -UserId $userId", new { userId }).AssertSucceeded().OutputOf<Vehicle>().ToList();

            Assert.NotEmpty(vehicles);
            Assert.All(vehicles, v => Assert.Equal(userId, v.UserId));
            Assert.Equal(session.Emulator.State.Vehicles.All.Count(r => r.UserId == userId), vehicles.Count);
        }

        [Fact]
        public void Gets_vehicles_by_id_from_pipeline_objects_and_reports_a_missing_one_without_stopping()
        {
            using var session = new PowerShellSession();
            const string missingId = "00000000-0000-4000-8000-000000000000";

            var result = session.Run(
                "$listed = Get-EnodeVehicle -First 3; $listed[0], [pscustomobject]@{ Id = $missingId }, $listed[1], $listed[2] | Get-EnodeVehicle",
                new { missingId });

            var expected = session.Emulator.State.Vehicles.All.Take(3).Select(r => r.Id);
            Assert.Equal(expected, result.OutputOf<Vehicle>().Select(v => v.Id));
            var error = Assert.Single(result.Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Vehicles.GetEnodeVehicleCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal(missingId, error.TargetObject);
            Assert.Contains("The specified vehicle was not found.", error.Exception.Message);
        }

        [Fact]
        public void First_and_skip_select_a_window()
        {
            using var session = new PowerShellSession();

            var vehicles = session.Run("Get-EnodeVehicle -First 5 -Skip 3").AssertSucceeded().OutputOf<Vehicle>();

            Assert.Equal(session.Emulator.State.Vehicles.All.Skip(3).Take(5).Select(r => r.Id), vehicles.Select(v => v.Id));
        }

        [Fact]
        public void Ctrl_c_stops_a_slow_listing_promptly_and_leaves_the_connection_usable()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 100 });
            session.Emulator.Faults.Latency = TimeSpan.FromSeconds(10);

            using var running = session.Start("Get-EnodeVehicle -PageSize 10");
            System.Threading.Thread.Sleep(300);
            var watch = Stopwatch.StartNew();
            running.Stop();
            var stopped = running.Wait();

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"stopping took {watch.Elapsed}");
            Assert.IsType<PipelineStoppedException>(stopped.TerminatingException);
            session.Emulator.Faults.Latency = TimeSpan.Zero;
            Assert.Equal(100, session.Invoke("Get-EnodeVehicle").Length);
        }
    }
}
