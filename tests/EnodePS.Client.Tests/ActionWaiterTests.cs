using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Actions;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    /// <summary>Waiting for many actions at once over loopback: bounded concurrency, per-action backoff, timeout, cancellation.</summary>
    public class ActionWaiterTests
    {
        /// <summary>Counts the action reads in flight at once, the most it has seen.</summary>
        private sealed class InFlightCounter : DelegatingHandler
        {
            private int _now;
            public int Most;

            public InFlightCounter() : base(new HttpClientHandler()) { }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var counted = request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.Contains("/actions/");
                if (counted)
                {
                    var now = Interlocked.Increment(ref _now);
                    int most;
                    while ((most = Volatile.Read(ref Most)) < now && Interlocked.CompareExchange(ref Most, now, most) != most) { }
                }
                try
                {
                    return await base.SendAsync(request, cancellationToken);
                }
                finally
                {
                    if (counted) Interlocked.Decrement(ref _now);
                }
            }
        }

        private sealed class Recorder : IProgress<ActionWaitProgress>
        {
            public readonly List<ActionWaitProgress> Reports = new List<ActionWaitProgress>();
            public void Report(ActionWaitProgress value) { lock (Reports) Reports.Add(value); }
        }

        private static List<VendorAction> StartCharging(LoopbackEmulator host, EnodeClient client, int vehicles, int chargers) =>
            Task.WhenAll(Enumerable.Range(0, vehicles).Select(i => Start(host, client, DeviceKind.Vehicle, i))
                .Concat(Enumerable.Range(0, chargers).Select(i => Start(host, client, DeviceKind.Charger, i)))).Result.ToList();

        private static Task<VendorAction> Start(LoopbackEmulator host, EnodeClient client, DeviceKind kind, int index)
        {
            string id;
            lock (host.Emulator.State.Gate)
            {
                var device = kind.Table(host.Emulator.State).All[index];
                ControllableDevice.Prepare(kind, device.Body);
                id = device.Id;
            }
            return client.Devices.ControlChargingAsync(kind.Name, id, "START");
        }

        [Fact]
        public async Task A_hundred_actions_resolve_in_about_one_action_delay_with_at_most_eight_reads_in_flight()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 50, ChargerCount = 50, ActionDelay = TimeSpan.FromSeconds(1) });
            host.Emulator.Faults.SetLatency("GET /vehicles/actions/{actionId}", TimeSpan.FromMilliseconds(10));
            host.Emulator.Faults.SetLatency("GET /chargers/actions/{actionId}", TimeSpan.FromMilliseconds(10));
            var counter = new InFlightCounter();
            using var client = ClientFactory.For(host, o => o.PrimaryHandlerFactory = () => counter);
            var actions = StartCharging(host, client, 50, 50);
            var progress = new Recorder();
            var options = new ActionWaitOptions { PollInterval = TimeSpan.FromMilliseconds(100), MaxPollInterval = TimeSpan.FromMilliseconds(400) };

            var watch = Stopwatch.StartNew();
            var results = await client.Actions.WaitAsync(actions.Select(ActionReference.Of), options, progress).ToListAsync();
            watch.Stop();

            Assert.Equal(actions.Select(a => a.Id).OrderBy(i => i), results.Select(r => r.Action!.Id).OrderBy(i => i));
            Assert.All(results, r => Assert.Equal(ActionStates.Confirmed, r.Action!.State));
            Assert.InRange(counter.Most, 2, options.MaxConcurrency);
            // One at a time this would take a hundred action delays (100 s); all at once it takes about one.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
            // The start and each action's end; while none ends the counts are repeated, for hosts that draw progress only now and then.
            Assert.Equal(Enumerable.Range(0, 101), progress.Reports.Select(r => r.Done).Distinct());
            Assert.Equal(100, progress.Reports[0].Pending);
            Assert.Equal(100, progress.Reports[^1].Confirmed);
            Assert.Equal(100, progress.Reports[^1].PercentComplete);
        }

        [Fact]
        public async Task Each_action_is_reported_as_it_resolves_and_an_unknown_one_with_its_error()
        {
            var clock = new ManualEmulatorClock(new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero));
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = clock, VehicleCount = 3, ChargerCount = 2 });
            using var client = ClientFactory.For(host);
            var confirms = await Start(host, client, DeviceKind.Vehicle, 0);
            var fails = await Unreachable(host, client, 1);
            var charger = host.Emulator.State.Chargers.All[0];
            lock (host.Emulator.State.Gate)
            {
                ControllableDevice.Prepare(DeviceKind.Charger, charger.Body);
                charger.Body["chargeState"]!["isCharging"] = true;
            }
            var cancelled = await client.Chargers.ControlChargingAsync(charger.Id, "START"); // already charging: CANCELLED at once
            var unknown = new ActionReference("vehicle", Guid.NewGuid().ToString());
            var options = new ActionWaitOptions { PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(50) };

            var results = new List<ActionWaitResult>();
            await foreach (var result in client.Actions.WaitAsync(new[] { ActionReference.Of(confirms), ActionReference.Of(fails), ActionReference.Of(cancelled), unknown }, options))
            {
                results.Add(result);
                if (results.Count == 2) clock.Advance(host.Emulator.Options.ActionDelay);
                if (results.Count == 3) clock.Advance(host.Emulator.Options.ActionTimeout);
            }

            Assert.Equal(ActionStates.Cancelled, results.Take(2).Single(r => r.Action != null).Action!.State);
            Assert.Equal(404, Assert.IsType<EnodeApiException>(results.Take(2).Single(r => r.Action == null).Error).StatusCode);
            Assert.Equal(unknown, results.Take(2).Single(r => r.Action == null).Reference);
            Assert.Equal(confirms.Id, results[2].Action!.Id);
            Assert.Equal(ActionStates.Confirmed, results[2].Action!.State);
            Assert.Equal(fails.Id, results[3].Action!.Id);
            Assert.Equal("NO_RESPONSE", results[3].Action!.FailureReason!.Type);
            Assert.DoesNotContain(host.Emulator.Journal.Snapshot(), r => r.Path.EndsWith(cancelled.Id, StringComparison.Ordinal));
        }

        [Fact]
        public async Task The_overall_timeout_ends_the_wait_naming_the_actions_still_pending()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 2 });
            using var client = ClientFactory.For(host);
            var pending = await Unreachable(host, client, 0);
            var options = new ActionWaitOptions { PollInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromMilliseconds(300) };

            var error = await Assert.ThrowsAsync<ActionWaitTimeoutException>(() => client.Actions.WaitAsync(new[] { ActionReference.Of(pending) }, options).ToListAsync());

            var (reference, lastSeen) = Assert.Single(error.Pending);
            Assert.Equal(pending.Id, reference.Id);
            Assert.Equal(ActionStates.Pending, lastSeen!.State);
            Assert.Contains(pending.Id, error.Message);
        }

        [Fact]
        public async Task Cancellation_stops_the_wait_promptly()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 2 });
            using var client = ClientFactory.For(host);
            var pending = await Unreachable(host, client, 0);
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

            var watch = Stopwatch.StartNew();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                client.Actions.WaitAsync(new[] { ActionReference.Of(pending) }, new ActionWaitOptions { PollInterval = TimeSpan.FromSeconds(10) }, null, cancel.Token).ToListAsync());

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        }

        [Fact]
        public void The_poll_interval_grows_by_the_backoff_factor_up_to_its_maximum()
        {
            var options = new ActionWaitOptions { PollInterval = TimeSpan.FromSeconds(2), MaxPollInterval = TimeSpan.FromSeconds(5), BackoffFactor = 1.5 };

            var intervals = new List<TimeSpan> { options.PollInterval };
            for (var i = 0; i < 4; i++) intervals.Add(options.Next(intervals[^1]));

            Assert.Equal(new[] { 2.0, 3.0, 4.5, 5.0, 5.0 }, intervals.Select(i => i.TotalSeconds));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ActionWaitOptions { MaxConcurrency = 0 }.Validate());
            Assert.Throws<ArgumentOutOfRangeException>(() => new ActionWaitOptions { PollInterval = TimeSpan.Zero }.Validate());
        }

        private static async Task<VendorAction> Unreachable(LoopbackEmulator host, EnodeClient client, int vehicleIndex)
        {
            lock (host.Emulator.State.Gate)
            {
                var vehicle = host.Emulator.State.Vehicles.All[vehicleIndex];
                ControllableDevice.Prepare(DeviceKind.Vehicle, vehicle.Body);
                vehicle.Body["isReachable"] = false;
            }
            return await client.Vehicles.ControlChargingAsync(host.Emulator.State.Vehicles.All[vehicleIndex].Id, "START");
        }
    }
}
