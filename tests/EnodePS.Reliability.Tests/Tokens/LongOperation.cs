using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using ActionEngine = EnodePS.Emulator.Actions.ActionEngine;
using DeviceKind = EnodePS.Emulator.Actions.DeviceKind;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;
using Record = EnodePS.Emulator.State.Record;

namespace EnodePS.Reliability.Tests.Tokens
{
    /// <summary>
    /// A long piece of work during which access tokens run out. It reports its progress through a checkpoint callback
    /// (the count of units done: items received, polls made); the token tests expire the token at the
    /// <see cref="ExpireAt"/> checkpoints and then check that the work still finished with one new token per expiry.
    /// </summary>
    public sealed class LongOperation
    {
        public LongOperation(string name, Func<EmulatorOptions> options, IReadOnlyList<int> expireAt,
            Func<TokenRig, Action<int>, Task> runAndVerify, int requestsOnTheirWay = 0, bool inPowerShell = false)
        {
            Name = name;
            Options = options;
            ExpireAt = expireAt;
            RunAndVerify = runAndVerify;
            RequestsOnTheirWay = requestsOnTheirWay;
            InPowerShell = inPowerShell;
        }

        public string Name { get; }

        /// <summary>A new set of the emulator's data and settings for each run (the token tests set its clock).</summary>
        public Func<EmulatorOptions> Options { get; }

        /// <summary>Checkpoints (units done) after which the token expires.</summary>
        public IReadOnlyList<int> ExpireAt { get; }

        /// <summary>Runs the work, calling the checkpoint after each unit, and asserts its result is complete.</summary>
        public Func<TokenRig, Action<int>, Task> RunAndVerify { get; }

        /// <summary>
        /// True when the work runs cmdlets in a real runspace, on the connection Connect-Enode made there (whose client
        /// reads the system clock); false when it calls a client the test made.
        /// </summary>
        public bool InPowerShell { get; }

        /// <summary>
        /// The most requests that may already be on their way when a checkpoint is called (0 for work that sends one
        /// request at a time). Each left with a token valid when it was sent, so an expiry at that moment can cost
        /// as many extra 401 answers, though still only one new token.
        /// </summary>
        public int RequestsOnTheirWay { get; }

        public override string ToString() => Name;
    }

    /// <summary>Where a long operation runs: the client it calls, its emulator, and the PowerShell session for cmdlet work.</summary>
    public sealed class TokenRig
    {
        public TokenRig(EnodeClient client, EnodeEmulator emulator, PowerShellSession? session)
        {
            Client = client;
            Emulator = emulator;
            Session = session;
        }

        public EnodeClient Client { get; }
        public EnodeEmulator Emulator { get; }
        public PowerShellSession? Session { get; }
        public PowerShellSession PowerShell => Session ?? throw new InvalidOperationException("This operation runs without PowerShell.");
    }

    /// <summary>
    /// The long operations the token tests run. Add to <see cref="All"/> to cover a new one.
    /// </summary>
    /// <remarks>
    /// Wait-EnodeAction is here with its own timing: the emulator runs on a manual clock (the lifetime test swaps in
    /// its own), the vehicles do not respond at first, so their actions stay PENDING however far the clock moves
    /// (the action timeout is longer than the expiries add up to), and after the last expiry the operation lets them
    /// respond and moves the clock by one retry interval, less than the refresh margin of the token then in use.
    /// </remarks>
    public static class LongOperations
    {
        private const int Vehicles = 5000;

        /// <summary>A listing asks for the next page while the items of this one are consumed.</summary>
        private const int PageAskedAhead = 1;
        private static readonly int[] Thirds = { Vehicles / 4, Vehicles / 2, Vehicles * 3 / 4 };

        public static readonly IReadOnlyList<LongOperation> All = new[]
        {
            new LongOperation("client listing of 5,000 vehicles", Listing, Thirds, async (rig, checkpoint) =>
            {
                var ids = new List<string>();
                await foreach (var vehicle in rig.Client.Vehicles.ListAsync(options: new PageOptions { PageSize = 50 }).ConfigureAwait(false))
                {
                    ids.Add(vehicle.Id);
                    checkpoint(ids.Count);
                }
                Assert.Equal(rig.Emulator.State.Vehicles.All.Select(r => r.Id), ids);
            }, requestsOnTheirWay: PageAskedAhead),
            new LongOperation("Get-EnodeVehicle listing of 5,000 vehicles", Listing, Thirds, (rig, checkpoint) =>
            {
                var result = rig.PowerShell.Run("$written = 0; Get-EnodeVehicle -PageSize 50 | ForEach-Object { $written++; $checkpoint.Invoke($written); $_ }",
                    new { checkpoint });
                Assert.Empty(result.AllErrors);
                Assert.Equal(rig.Emulator.State.Vehicles.All.Select(r => r.Id), result.OutputOf<Vehicle>().Select(v => v.Id));
                return Task.CompletedTask;
            }, requestsOnTheirWay: PageAskedAhead, inPowerShell: true),
            new LongOperation("Wait-EnodeAction on actions pending through token expiries", Waiting, new[] { 3, 7 }, WaitThroughExpiries,
                requestsOnTheirWay: WaitedActions, inPowerShell: true),
        };

        public static LongOperation Named(string name) => All.Single(o => o.Name == name);

        private const int WaitedActions = 2;
        private const int PollsBeforeDevicesRespond = 10;

        private static EmulatorOptions Waiting() => new EmulatorOptions
        {
            Clock = new ManualEmulatorClock(DateTimeOffset.UtcNow),
            VehicleCount = 4,
            UserCount = 1,
            TokenLifetime = TimeSpan.FromMinutes(10),
            ActionDelay = TimeSpan.FromSeconds(2),
            ActionTimeout = TimeSpan.FromHours(2),
        };

        private static async Task WaitThroughExpiries(TokenRig rig, Action<int> checkpoint)
        {
            var emulator = rig.Emulator;
            var vehicles = Unresponsive(emulator, WaitedActions);
            var started = new List<VendorAction>();
            foreach (var vehicle in vehicles)
                started.Add(await rig.Client.Vehicles.ControlChargingAsync(vehicle.Id, "START").ConfigureAwait(false));
            Assert.All(started, a => Assert.Equal(ActionStates.Pending, a.State));

            // Each poll is one verbose line ("GET /vehicles/actions/{id} -> 200"), heard as the cmdlet writes it.
            var polls = 0;
            var result = rig.PowerShell.Run("Wait-EnodeAction -Id $actionIds -DeviceType vehicle -PollIntervalSeconds 0.05 -TimeoutSeconds 60 -Verbose",
                new { actionIds = started.Select(a => a.Id).ToArray() },
                shell => shell.Streams.Verbose.DataAdded += (sender, e) =>
                {
                    var line = ((System.Management.Automation.PSDataCollection<System.Management.Automation.VerboseRecord>)sender!)[e.Index].Message;
                    if (!line.StartsWith("GET /vehicles/actions/", StringComparison.Ordinal) || !line.Contains("-> 200")) return;
                    polls++;
                    checkpoint(polls);
                    if (polls == PollsBeforeDevicesRespond) Respond(emulator, vehicles);
                });

            Assert.Empty(result.AllErrors);
            Assert.True(polls >= PollsBeforeDevicesRespond, $"only {polls} polls");
            var written = result.OutputOf<VendorAction>().ToList();
            Assert.Equal(started.Select(a => a.Id).OrderBy(id => id), written.Select(a => a.Id).OrderBy(id => id));
            Assert.All(written, a => Assert.Equal(ActionStates.Confirmed, a.State));
        }

        private static Record[] Unresponsive(EnodeEmulator emulator, int count)
        {
            lock (emulator.State.Gate)
            {
                var vehicles = emulator.State.Vehicles.All.Take(count).ToArray();
                foreach (var vehicle in vehicles)
                {
                    ControllableDevice.Prepare(DeviceKind.Vehicle, vehicle.Body);
                    vehicle.Body["isReachable"] = false;
                }
                return vehicles;
            }
        }

        /// <summary>The vehicles answer again; the engine's next try (a retry interval on) confirms their actions.</summary>
        private static void Respond(EnodeEmulator emulator, IEnumerable<Record> vehicles)
        {
            lock (emulator.State.Gate)
                foreach (var vehicle in vehicles) vehicle.Body["isReachable"] = true;
            ((ManualEmulatorClock)emulator.State.Clock).Advance(ActionEngine.RetryInterval);
        }

        private static EmulatorOptions Listing() => new EmulatorOptions { VehicleCount = Vehicles, UserCount = 20, TokenLifetime = TimeSpan.FromHours(1) };
    }
}
