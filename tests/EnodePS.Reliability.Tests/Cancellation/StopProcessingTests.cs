using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.PowerShell.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Cancellation
{
    /// <summary>
    /// Ctrl+C (PowerShell.Stop, which calls the cmdlet's StopProcessing) in the middle of a listing in a real runspace
    /// that is stuck: the pipeline stops within a second, and the same connection serves the next command.
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

        /// <summary>Pages 1 to 3 of 10: what the listing writes before it is stuck asking for page 4.</summary>
        private const int WrittenBeforeTheStall = 30;

        private readonly ITestOutputHelper _output;

        public StopProcessingTests(ITestOutputHelper output) { _output = output; }

        [Theory]
        [InlineData(Stall.SlowPage)]
        [InlineData(Stall.RetryAfterWait)]
        [InlineData(Stall.SlowTokenRefresh)]
        public async Task Stopping_a_stuck_listing_returns_within_a_second_and_leaves_the_connection_usable(Stall stall)
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 100 });
            var emulator = session.Emulator;
            // Halfway through page 2's items the next request is set up to get stuck. Page 3 was asked for when page 2
            // arrived, so once it is answered the next request is page 4's, sent when the listing reaches page 3.
            var armedAt = -1;
            var written = 0;
            Action<int> onItem = count =>
            {
                Volatile.Write(ref written, count);
                if (count != 15) return;
                SpinWait.SpinUntil(() => emulator.Journal.Snapshot().Count(r => r.Operation == ListOperation) == 3, TimeSpan.FromSeconds(10));
                Arm(emulator, stall);
                Volatile.Write(ref armedAt, emulator.RequestCount);
            };

            using var running = session.Start("$written = 0; Get-EnodeVehicle -PageSize 10 | ForEach-Object { $written++; $onItem.Invoke($written) }", new { onItem });
            await WaitUntilStuck(emulator, stall, () => running.IsCompleted, () => Volatile.Read(ref armedAt), () => Volatile.Read(ref written));
            var watch = Stopwatch.StartNew();
            var stop = Task.Run(running.Stop); // Ctrl+C: StopProcessing, and Stop returns once the pipeline has stopped
            var returned = await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(10))) == stop;
            watch.Stop();

            _output.WriteLine($"{stall}: returned {watch.Elapsed.TotalMilliseconds:0} ms after the stop, {Volatile.Read(ref written)} items written");
            Assert.True(returned, $"the cmdlet was still running 10 s after the stop ({stall})");
            Assert.True(watch.Elapsed < Prompt, $"stopping took {watch.Elapsed.TotalMilliseconds:0} ms ({stall})");
            var stopped = running.Wait();
            Assert.IsType<PipelineStoppedException>(stopped.TerminatingException);
            Assert.Equal(WrittenBeforeTheStall, Volatile.Read(ref written)); // nothing after the stop
            Assert.Empty(stopped.Errors);

            emulator.Faults.Clear();
            var vehicleId = emulator.State.Vehicles.All[42].Id;
            var byId = session.Run("Get-EnodeVehicle -Id $vehicleId", new { vehicleId }).AssertSucceeded();
            Assert.Equal(vehicleId, Assert.Single(byId.OutputOf<EnodePS.Client.Models.Vehicle>()).Id);
            Assert.Equal(100, session.Invoke("Get-EnodeVehicle -PageSize 10").Length);
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

        /// <summary>
        /// Waits until the listing is really stuck where the stall puts it: the emulator shows the stalled request, and
        /// the pipeline has written every item of pages 1 to 3. Page 4 is asked for as soon as page 3 is taken, so the stall
        /// can show while page 3's items are still being written; until they are, the listing is not stuck yet.
        /// </summary>
        /// <param name="armedAt">The emulator's request count when the stall was armed; -1 before: only later requests count.</param>
        private static async Task WaitUntilStuck(EnodeEmulator emulator, Stall stall, Func<bool> completed, Func<int> armedAt, Func<int> written)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (DateTime.UtcNow < deadline && !completed())
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
                if (stuck && written() == WrittenBeforeTheStall) return;
                await Task.Delay(10);
            }
            throw new TimeoutException($"The listing never got stuck ({stall}); run completed: {completed()}.");
        }
    }
}
