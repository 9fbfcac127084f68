using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Connections;
using EnodePS.Emulator;
using EnodePS.Reliability.Tests.Support;

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
            Func<EnodeConnection, EnodeEmulator, Action<int>, Task> runAndVerify)
        {
            Name = name;
            Options = options;
            ExpireAt = expireAt;
            RunAndVerify = runAndVerify;
        }

        public string Name { get; }

        /// <summary>A new set of the emulator's data and settings for each run (the token tests set its clock).</summary>
        public Func<EmulatorOptions> Options { get; }

        /// <summary>Checkpoints (units done) after which the token expires.</summary>
        public IReadOnlyList<int> ExpireAt { get; }

        /// <summary>Runs the work on the connection, calling the checkpoint after each unit, and asserts its result is complete.</summary>
        public Func<EnodeConnection, EnodeEmulator, Action<int>, Task> RunAndVerify { get; }

        public override string ToString() => Name;
    }

    /// <summary>
    /// The long operations the token tests run. Add to <see cref="All"/> to cover a new one.
    /// </summary>
    /// <remarks>
    /// Wait-EnodeAction (built on another branch) belongs here once this branch and that one meet: an entry whose
    /// options set a short EmulatorOptions.ActionDelay, that starts actions on controllable devices (the cmdlet
    /// tests' ControlSession.Controllable and Start-EnodeCharging), runs Wait-EnodeAction -PollIntervalSeconds 0.1
    /// through <see cref="SeamRunner"/> with an <see cref="ObservingHost"/>, and calls the checkpoint on each poll (each
    /// verbose line of a GET of the action), expiring at, say, the 2nd and 4th poll. It then asserts every action was
    /// written CONFIRMED. The token tests count the expiries they made, so an action that completes before the last
    /// planned expiry still checks "one new token per expiry". The expectations do not change.
    /// </remarks>
    public static class LongOperations
    {
        private const int Vehicles = 5000;
        private static readonly int[] Thirds = { Vehicles / 4, Vehicles / 2, Vehicles * 3 / 4 };

        public static readonly IReadOnlyList<LongOperation> All = new[]
        {
            new LongOperation("client listing of 5,000 vehicles", Listing, Thirds, async (connection, emulator, checkpoint) =>
            {
                var ids = new List<string>();
                await foreach (var vehicle in connection.Client.Vehicles.ListAsync(options: new PageOptions { PageSize = 50 }).ConfigureAwait(false))
                {
                    ids.Add(vehicle.Id);
                    checkpoint(ids.Count);
                }
                Assert.Equal(emulator.State.Vehicles.All.Select(r => r.Id), ids);
            }),
            new LongOperation("Get-EnodeVehicle listing of 5,000 vehicles", Listing, Thirds, (connection, emulator, checkpoint) =>
            {
                var host = new ObservingHost(new RecordingHost(), (written, _) => checkpoint(written));
                SeamRunner.Run(new GetEnodeVehicleCommand { PageSize = 50, Connection = connection }, host);
                Assert.Null(host.Inner.Terminating);
                Assert.Empty(host.Inner.Errors);
                Assert.Equal(emulator.State.Vehicles.All.Select(r => r.Id), host.Inner.OutputOf<Vehicle>().Select(v => v.Id));
                return Task.CompletedTask;
            }),
        };

        public static LongOperation Named(string name) => All.Single(o => o.Name == name);

        private static EmulatorOptions Listing() => new EmulatorOptions { VehicleCount = Vehicles, UserCount = 20, TokenLifetime = TimeSpan.FromHours(1) };
    }
}
