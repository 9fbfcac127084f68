using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.IO;
using System.Text.Json;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Tests.Shared;

namespace EnodePS.Benchmarks
{
    /// <summary>What one wait for all the actions took.</summary>
    internal sealed class WaitingResult
    {
        public double PollIntervalSeconds { get; set; }
        public int Actions { get; set; }
        public int Confirmed { get; set; }
        public double StartSeconds { get; set; }
        public double WaitSeconds { get; set; }
        public int Polls { get; set; }
        public int LongestPollsOfOneAction { get; set; }
    }

    /// <summary>
    /// The "wait" mode: 1,000 actions (half on vehicles, half on chargers) whose devices carry them out 2 seconds
    /// after they are created, started with Start-EnodeCharging and waited for with one Wait-EnodeAction fed by the
    /// pipeline, both in a fresh pwsh (Scripts/measure-wait.ps1). Reports how long the wait took and how many polling requests it made.
    /// The emulator runs in this process, on loopback (its devices made controllable): memory is not what this mode is about.
    /// </summary>
    internal static class WaitingBenchmark
    {
        public const int ActionCount = 1000;
        public static readonly TimeSpan ActionDelay = TimeSpan.FromSeconds(2);

        /// <summary>Wait-EnodeAction's default first poll interval, and a shorter one a hurried runbook might choose.</summary>
        public static readonly double[] PollIntervals = { new EnodePS.Client.Actions.ActionWaitOptions().PollInterval.TotalSeconds, 0.5 };

        public static int Run()
        {
            Console.WriteLine($"## Waiting: {ActionCount:N0} actions, {ActionDelay.TotalSeconds:0}-second emulator delay");
            Console.WriteLine();
            var results = PollIntervals.Select(interval =>
            {
                Console.Error.WriteLine($"  waiting for {ActionCount:N0} actions, first poll after {interval} s...");
                return Measure(interval);
            }).ToList();

            Console.WriteLine($"{ActionCount / 2:N0} vehicles and {ActionCount / 2:N0} chargers in an emulator in this process (loopback); Start-EnodeCharging");
            Console.WriteLine("starts an action on each, then one Wait-EnodeAction gets all of them from the pipeline (at most 8 requests in");
            Console.WriteLine("flight, the interval growing 1.5x per poll that finds an action pending). The wait's clock starts when the last");
            Console.WriteLine("action has been created; polls are the emulator's count of GET /{vehicles,chargers}/actions/{actionId}.");
            Console.WriteLine();
            Console.WriteLine("| -PollIntervalSeconds | Actions confirmed | Starting them (s) | Waiting (s) | Polling requests | Polls per action | Most polls of one action |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in results)
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0:0.##} | {1:N0} of {2:N0} | {3:0.00} | {4:0.00} | {5:N0} | {6:0.00} | {7} |",
                    r.PollIntervalSeconds, r.Confirmed, r.Actions, r.StartSeconds, r.WaitSeconds, r.Polls, (double)r.Polls / r.Actions, r.LongestPollsOfOneAction));
            Console.WriteLine();
            return results.All(r => r.Confirmed == r.Actions) ? 0 : 1;
        }

        public static WaitingResult Measure(double pollIntervalSeconds)
        {
            using var emulator = new EnodeEmulator(new EmulatorOptions
            {
                VehicleCount = ActionCount / 2,
                ChargerCount = ActionCount / 2,
                UserCount = 50,
                ActionDelay = ActionDelay,
            });
            var server = emulator.StartLoopback(0);

            string[] vehicles, chargers;
            lock (emulator.State.Gate)
            {
                vehicles = Controllable(emulator, DeviceKind.Vehicle);
                chargers = Controllable(emulator, DeviceKind.Charger);
            }
            var ids = Path.Combine(Path.GetTempPath(), $"enodeps-bench-{Guid.NewGuid():N}.txt");
            File.WriteAllLines(ids, vehicles.Select(v => "vehicle " + v).Concat(chargers.Select(c => "charger " + c)));
            try
            {
                var pollsBefore = Polls(emulator).Sum(p => p.Value);
                var json = Pwsh.RunScript("measure-wait.ps1",
                    new[]
                    {
                        "-Api", server.BaseUrl.ToString(), "-Token", server.TokenUrl.ToString(), "-ClientId", emulator.ClientId,
                        "-IdsFile", ids, "-PollIntervalSeconds", pollIntervalSeconds.ToString(CultureInfo.InvariantCulture),
                    },
                    new Dictionary<string, string> { [Target.SecretVariable] = emulator.RevealClientSecret() },
                    TimeSpan.FromMinutes(5));
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                if (root.GetProperty("actions").GetInt32() != ActionCount || root.GetProperty("pending").GetInt32() != ActionCount)
                    throw new InvalidOperationException($"Expected {ActionCount} pending actions: {json}");
                var journal = emulator.Journal.Snapshot().Where(r => r.Method == "GET" && r.Path.Contains("/actions/")).GroupBy(r => r.Path).ToList();
                return new WaitingResult
                {
                    PollIntervalSeconds = pollIntervalSeconds,
                    Actions = root.GetProperty("actions").GetInt32(),
                    Confirmed = root.GetProperty("confirmed").GetInt32(),
                    StartSeconds = root.GetProperty("startSeconds").GetDouble(),
                    WaitSeconds = root.GetProperty("waitSeconds").GetDouble(),
                    Polls = Polls(emulator).Sum(p => p.Value) - pollsBefore,
                    LongestPollsOfOneAction = journal.Count == 0 ? 0 : journal.Max(g => g.Count()),
                };
            }
            finally
            {
                File.Delete(ids);
            }
        }

        private static string[] Controllable(EnodeEmulator emulator, DeviceKind kind)
        {
            var devices = kind.Table(emulator.State).All.Take(ActionCount / 2).ToArray();
            foreach (var device in devices) ControllableDevice.Prepare(kind, device.Body);
            return devices.Select(d => d.Id).ToArray();
        }

        private static IEnumerable<KeyValuePair<string, int>> Polls(EnodeEmulator emulator) =>
            emulator.ServedOperations.Where(o => o.Key.StartsWith("GET /", StringComparison.Ordinal) && o.Key.EndsWith("/actions/{actionId}", StringComparison.Ordinal)).ToList();
    }
}
