using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using System.Threading;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Concurrency
{
    /// <summary>
    /// Eight runspaces on eight threads share one connection, as ForEach-Object -Parallel -ThrottleLimit 8 with
    /// -Connection $using:c would: each runspace has its own session (no current connection) and is given the
    /// connection made in another one as a variable.
    /// </summary>
    public class SharedConnectionTests
    {
        private const int Threads = 8;
        private const int CallsPerThread = 125;
        private static readonly Regex RequestLine = new Regex(@"^(GET|POST) (\S+) -> \d+", RegexOptions.CultureInvariant);

        private readonly ITestOutputHelper _output;

        public SharedConnectionTests(ITestOutputHelper output) { _output = output; }

        [Fact]
        public void Eight_threads_make_1000_calls_with_one_token_request_no_exception_and_no_cross_talk()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 160, ChargerCount = 40, UserCount = Threads });
            var connection = session.Run("Get-EnodeConnection").AssertSucceeded().Output.Single();
            var client = (EnodeClient)connection.Properties["Client"].Value;
            var state = session.Emulator.State;
            var failures = new ConcurrentQueue<string>();

            // Thread t owns user t and that user's devices (the seeder deals devices to users in turn): any id of
            // another thread in its answers or in its log would be cross-talk.
            var workers = Enumerable.Range(0, Threads).Select(t => new Worker(
                state.Users.All[t].Id,
                state.Vehicles.All.Where(r => r.UserId == state.Users.All[t].Id).Select(r => r.Id).ToList(),
                state.Chargers.All.Where(r => r.UserId == state.Users.All[t].Id).Select(r => r.Id).ToList())).ToList();
            using var ready = new Barrier(Threads + 1);
            using var start = new Barrier(Threads + 1);
            var tokensBefore = 0L;

            var threads = workers.Select((worker, t) => new Thread(() =>
            {
                try
                {
                    using var runspace = PowerShellSession.Unconnected();
                    ready.SignalAndWait();
                    start.SignalAndWait();
                    worker.Run(runspace, connection, failures);
                }
                catch (Exception ex)
                {
                    failures.Enqueue($"thread {t}: {ex}");
                }
            })).ToList();
            threads.ForEach(th => th.Start());
            ready.SignalAndWait(); // every runspace is open
            // The emulator drops the token Connect-Enode fetched, so that the threads' first calls all race to replace it.
            session.Emulator.Tokens.ExpireAll();
            tokensBefore = client.TokenRequestCount;
            start.SignalAndWait();
            threads.ForEach(th => Assert.True(th.Join(TimeSpan.FromMinutes(3)), "a thread did not finish within three minutes"));

            var tokenRequests = client.TokenRequestCount - tokensBefore;
            _output.WriteLine($"{workers.Sum(w => w.Calls)} calls on {Threads} threads, " +
                              $"{session.Emulator.Journal.Snapshot().Count(r => r.Operation != "POST /oauth2/token")} API requests, " +
                              $"{tokenRequests} token request(s), {session.Emulator.Journal.Snapshot().Count(r => r.Status == 401)} answers 401");
            foreach (var failure in failures.Take(20)) _output.WriteLine(failure);
            Assert.Empty(failures);
            Assert.Equal(Threads * CallsPerThread, workers.Sum(w => w.Calls));
            Assert.Equal(1, tokenRequests);
            Assert.Single(workers.SelectMany(w => w.Verbose), line => line.StartsWith("POST /oauth2/token", StringComparison.Ordinal));

            foreach (var worker in workers)
            {
                var logged = worker.Verbose.Select(line => RequestLine.Match(line)).Where(m => m.Success && m.Groups[1].Value == "GET")
                    .Select(m => m.Groups[2].Value).ToList();
                Assert.All(logged, path => Assert.Contains(path, worker.Paths)); // only its own requests in its log...
                Assert.All(worker.Paths, path => Assert.Contains(path, logged)); // ...and all of them
                // Everything was written on the runspace's own pipeline thread: PowerShell refuses a write from any
                // other thread with an error, which the failures above would show.
            }
        }

        /// <summary>One runspace: its own session, the shared connection passed as a variable.</summary>
        private sealed class Worker
        {
            private readonly string _userId;
            private readonly List<string> _vehicles;
            private readonly List<string> _chargers;

            public Worker(string userId, List<string> vehicles, List<string> chargers)
            {
                _userId = userId;
                _vehicles = vehicles;
                _chargers = chargers;
            }

            public List<string> Verbose { get; } = new List<string>();
            public HashSet<string> Paths { get; } = new HashSet<string>(StringComparer.Ordinal);
            public int Calls { get; private set; }

            public void Run(PowerShellSession runspace, PSObject connection, ConcurrentQueue<string> failures)
            {
                for (var k = 0; k < CallsPerThread; k++)
                {
                    string script;
                    string[] expected;
                    string id;
                    if (k % 25 == 0)
                    {
                        script = "Get-EnodeVehicle -UserId $id -Connection $c -Verbose";
                        id = _userId;
                        expected = _vehicles.ToArray();
                        Paths.Add($"/users/{_userId}/vehicles");
                    }
                    else if (k % 5 == 1)
                    {
                        id = _chargers[k % _chargers.Count];
                        script = "Get-EnodeCharger -Id $id -Connection $c -Verbose";
                        expected = new[] { id };
                        Paths.Add("/chargers/" + id);
                    }
                    else
                    {
                        id = _vehicles[k % _vehicles.Count];
                        script = "Get-EnodeVehicle -Id $id -Connection $c -Verbose";
                        expected = new[] { id };
                        Paths.Add("/vehicles/" + id);
                    }

                    var result = runspace.Run(script, new { id, c = connection });
                    Calls++;
                    Verbose.AddRange(result.Verbose);
                    var answered = result.Objects.Select(o => o is Vehicle v ? v.Id : o is Charger c ? c.Id : "(" + o + ")").ToArray();
                    if (result.AllErrors.Any())
                        failures.Enqueue($"call {k}: {result}");
                    else if (!answered.SequenceEqual(expected))
                        failures.Enqueue($"call {k}: asked for {string.Join(",", expected)}, got {string.Join(",", answered)}");
                }
            }
        }
    }
}
