using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Cancellation
{
    /// <summary>
    /// Ctrl+C (StopProcessing, which the seam exposes as InvokeStop) in the middle of a listing that is stuck: the
    /// cmdlet returns within a second, and the same connection serves the next command.
    /// </summary>
    public class StopProcessingTests
    {
        /// <summary>Where the listing is stuck when the user presses Ctrl+C: all three would otherwise last 30 seconds.</summary>
        public enum Stall
        {
            /// <summary>A page's request is on the wire and the server takes 30 s to answer.</summary>
            SlowPage,
            /// <summary>A page was answered 429 with Retry-After: 30 and the client is waiting it out.</summary>
            RetryAfterWait,
            /// <summary>The token was revoked; the client is fetching a new one from a token endpoint that takes 30 s.</summary>
            SlowTokenRefresh,
        }

        private static readonly TimeSpan Stuck = TimeSpan.FromSeconds(30);
        private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1);
        private const string ListOperation = "GET /vehicles";

        private readonly ITestOutputHelper _output;

        public StopProcessingTests(ITestOutputHelper output) { _output = output; }

        [Theory]
        [InlineData(Stall.SlowPage)]
        [InlineData(Stall.RetryAfterWait)]
        [InlineData(Stall.SlowTokenRefresh)]
        public async Task Stopping_a_stuck_listing_returns_within_a_second_and_leaves_the_connection_usable(Stall stall)
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 100 });
            var emulator = session.Emulator;
            var cmdlet = new GetEnodeVehicleCommand { PageSize = 10 };
            // Halfway through page 2's items the next request is set up to get stuck. Page 3 was asked for when page 2
            // arrived, so once it is answered the next request is page 4's, sent when the listing reaches page 3.
            var armedAt = -1;
            var host = new ObservingHost(session.NewHost(), (written, _) =>
            {
                if (written != 15) return;
                SpinWait.SpinUntil(() => emulator.Journal.Snapshot().Count(r => r.Operation == ListOperation) == 3, TimeSpan.FromSeconds(10));
                Arm(emulator, stall);
                Volatile.Write(ref armedAt, emulator.RequestCount);
            });

            Exception? stopped = null;
            var run = Task.Factory.StartNew(() =>
            {
                try { SeamRunner.Run(cmdlet, host); }
                catch (Exception ex) { stopped = ex; }
            }, TaskCreationOptions.LongRunning);

            await WaitUntilStuck(emulator, stall, run, () => Volatile.Read(ref armedAt));
            var watch = Stopwatch.StartNew();
            cmdlet.InvokeStop();
            var returned = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10))) == run;
            watch.Stop();

            _output.WriteLine($"{stall}: returned {watch.Elapsed.TotalMilliseconds:0} ms after the stop, {host.Written} items written");
            Assert.True(returned, $"the cmdlet was still running 10 s after the stop ({stall})");
            Assert.True(watch.Elapsed < Prompt, $"stopping took {watch.Elapsed.TotalMilliseconds:0} ms ({stall})");
            Assert.IsType<PipelineStoppedException>(stopped);
            Assert.Equal(30, host.Written); // pages 1 to 3, nothing after the stop
            Assert.Null(host.Inner.Terminating);

            emulator.Faults.Clear();
            var vehicleId = emulator.State.Vehicles.All[42].Id;
            var byId = session.Run(new GetEnodeVehicleCommand { Id = new[] { vehicleId } });
            Assert.Empty(byId.Errors);
            Assert.Equal(vehicleId, Assert.IsType<EnodePS.Client.Models.Vehicle>(Assert.Single(byId.Output)).Id);
            Assert.Equal(100, session.Run(new GetEnodeVehicleCommand { PageSize = 10 }).Output.Count);
        }

        private static void Arm(EnodeEmulator emulator, Stall stall)
        {
            switch (stall)
            {
                case Stall.SlowPage:
                    emulator.Faults.SetLatency(ListOperation, Stuck);
                    break;
                case Stall.RetryAfterWait:
                    emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: (int)Stuck.TotalSeconds, operation: ListOperation);
                    break;
                default:
                    emulator.Tokens.ExpireAll();
                    emulator.Faults.SetLatency("POST /oauth2/token", Stuck);
                    break;
            }
        }

        /// <summary>Waits until the listing is really stuck where the stall puts it, as seen from the emulator.</summary>
        /// <param name="armedAt">The emulator's request count when the stall was armed; -1 before: only later requests count.</param>
        private static async Task WaitUntilStuck(EnodeEmulator emulator, Stall stall, Task run, Func<int> armedAt)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (DateTime.UtcNow < deadline && !run.IsCompleted)
            {
                var armed = armedAt();
                if (armed < 0 || emulator.RequestCount <= armed)
                {
                    await Task.Delay(10);
                    continue;
                }
                var journal = emulator.Journal.Snapshot();
                var inFlight = emulator.RequestCount - journal.Count; // arrived, not answered yet
                var stuck = stall == Stall.RetryAfterWait
                    ? journal.Any(r => r.Status == 429) && inFlight == 0
                    : inFlight > 0 && (stall == Stall.SlowPage || journal.Any(r => r.Status == 401));
                if (stuck) return;
                await Task.Delay(10);
            }
            throw new TimeoutException($"The listing never got stuck ({stall}); run completed: {run.IsCompleted}.");
        }
    }
}
