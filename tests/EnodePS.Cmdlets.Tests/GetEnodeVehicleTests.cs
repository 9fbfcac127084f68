using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Emulator;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tests
{
    public class GetEnodeVehicleTests
    {
        [Fact]
        public void Streams_all_vehicles_as_typed_objects_in_api_order()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 130, UserCount = 5 });

            var host = session.Run(new GetEnodeVehicleCommand { PageSize = 20 });

            Assert.Empty(host.Errors);
            var vehicles = host.OutputOf<Vehicle>().ToList();
            Assert.Equal(session.Emulator.State.Vehicles.All.Select(r => r.Id), vehicles.Select(v => v.Id));
            Assert.All(vehicles, v => Assert.False(string.IsNullOrEmpty(v.Vendor)));
            Assert.Equal(7, session.Emulator.ServedOperations["GET /vehicles"]);
        }

        [Fact]
        public void Writes_happen_only_on_the_pipeline_thread()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 60 });
            var host = session.NewHost();
            host.IsDebugEnabled = true;

            session.Run(new GetEnodeVehicleCommand { PageSize = 7 }, host);

            Assert.Equal(60, host.Output.Count);
            Assert.NotEmpty(host.Verbose);
            Assert.Equal(new[] { System.Environment.CurrentManagedThreadId }, host.WritingThreads.ToArray());
        }

        [Fact]
        public void Lists_one_users_vehicles()
        {
            using var session = new CmdletSession();
            var userId = session.Emulator.State.Users.All[1].Id;

            var host = session.Run(new GetEnodeVehicleCommand { UserId = userId });

            Assert.NotEmpty(host.Output);
            Assert.All(host.OutputOf<Vehicle>(), v => Assert.Equal(userId, v.UserId));
            Assert.Equal(session.Emulator.State.Vehicles.All.Count(r => r.UserId == userId), host.Output.Count);
        }

        [Fact]
        public void Gets_vehicles_by_id_from_pipeline_objects_and_reports_a_missing_one_without_stopping()
        {
            using var session = new CmdletSession();
            var listed = session.Run(new GetEnodeVehicleCommand()).OutputOf<Vehicle>().Take(3).ToList();
            var missing = new { Id = "00000000-0000-4000-8000-000000000000" };

            var host = session.Run(new GetEnodeVehicleCommand(), listed[0], missing, listed[1], listed[2]);

            Assert.Equal(new[] { listed[0].Id, listed[1].Id, listed[2].Id }, host.OutputOf<Vehicle>().Select(v => v.Id));
            var error = Assert.Single(host.Errors);
            Assert.Equal("EnodeNotFound", error.ErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.Category);
            Assert.Equal(missing.Id, error.Target);
            Assert.Contains("The specified vehicle was not found.", error.Exception.Message);
        }

        [Fact]
        public void First_and_skip_select_a_window()
        {
            using var session = new CmdletSession();
            var host = session.NewHost();
            host.Paging = new PagingRequest(first: 5, skip: 3);

            session.Run(new GetEnodeVehicleCommand(), host);

            Assert.Equal(session.Emulator.State.Vehicles.All.Skip(3).Take(5).Select(r => r.Id), host.OutputOf<Vehicle>().Select(v => v.Id));
        }

        [Fact]
        public void Ctrl_c_stops_a_slow_listing_promptly_and_leaves_the_connection_usable()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 100 });
            session.Emulator.Faults.Latency = System.TimeSpan.FromSeconds(10);
            var cmdlet = new GetEnodeVehicleCommand { PageSize = 10 };
            var stopper = System.Threading.Tasks.Task.Delay(300).ContinueWith(_ => cmdlet.InvokeStop());

            var watch = System.Diagnostics.Stopwatch.StartNew();
            Assert.Throws<PipelineStoppedException>(() => session.Run(cmdlet));
            Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(3), $"stopping took {watch.Elapsed}");

            session.Emulator.Faults.Latency = System.TimeSpan.Zero;
            Assert.Equal(100, session.Run(new GetEnodeVehicleCommand()).Output.Count);
        }
    }
}
