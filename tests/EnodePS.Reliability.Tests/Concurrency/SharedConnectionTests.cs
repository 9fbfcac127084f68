using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Chargers;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Emulator;
using EnodePS.Infrastructure;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Concurrency
{
    /// <summary>
    /// Eight threads share one connection, as ForEach-Object -Parallel -ThrottleLimit 8 with -Connection $using:c
    /// would: each thread is its own runspace (its own session, no current connection) running cmdlets.
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
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 160, ChargerCount = 40, UserCount = Threads });
            var connection = session.Connection;
            var state = session.Emulator.State;
            // The emulator drops the token Connect-Enode fetched, so that the threads' first calls all race to replace it.
            session.Emulator.Tokens.ExpireAll();
            var tokensBefore = connection.Client.TokenRequestCount;

            // Thread t owns user t and that user's devices (the seeder deals devices to users in turn): any id of
            // another thread in its answers or in its log would be cross-talk.
            var workers = Enumerable.Range(0, Threads).Select(t => new Worker(
                state.Users.All[t].Id,
                state.Vehicles.All.Where(r => r.UserId == state.Users.All[t].Id).Select(r => r.Id).ToList(),
                state.Chargers.All.Where(r => r.UserId == state.Users.All[t].Id).Select(r => r.Id).ToList())).ToList();
            var failures = new ConcurrentQueue<string>();
            using var start = new Barrier(Threads);

            var threads = workers.Select((worker, t) => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    worker.Run(connection, failures);
                }
                catch (Exception ex)
                {
                    failures.Enqueue($"thread {t}: {ex}");
                }
            })).ToList();
            threads.ForEach(th => th.Start());
            threads.ForEach(th => Assert.True(th.Join(TimeSpan.FromMinutes(2)), "a thread did not finish within two minutes"));

            var tokenRequests = connection.Client.TokenRequestCount - tokensBefore;
            _output.WriteLine($"{workers.Sum(w => w.Calls)} calls on {Threads} threads, " +
                              $"{session.Emulator.Journal.Snapshot().Count(r => r.Operation != "POST /oauth2/token")} API requests, " +
                              $"{tokenRequests} token request(s), {session.Emulator.Journal.Snapshot().Count(r => r.Status == 401)} answers 401");
            Assert.Empty(failures);
            Assert.Equal(Threads * CallsPerThread, workers.Sum(w => w.Calls));
            Assert.Equal(1, tokenRequests);
            Assert.Single(workers.SelectMany(w => w.Host.Verbose), line => line.StartsWith("POST /oauth2/token", StringComparison.Ordinal));

            foreach (var worker in workers)
            {
                var logged = worker.Host.Verbose.Select(line => RequestLine.Match(line)).Where(m => m.Success && m.Groups[1].Value == "GET")
                    .Select(m => m.Groups[2].Value).ToList();
                Assert.All(logged, path => Assert.Contains(path, worker.Paths)); // only its own requests in its log...
                Assert.All(worker.Paths, path => Assert.Contains(path, logged)); // ...and all of them
                Assert.Single(worker.Host.WritingThreads); // everything written on its own pipeline thread
            }
        }

        /// <summary>One runspace: its own session and host, the shared connection passed explicitly.</summary>
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

            public RecordingHost Host { get; } = new RecordingHost { SessionKey = new object() };
            public HashSet<string> Paths { get; } = new HashSet<string>(StringComparer.Ordinal);
            public int Calls { get; private set; }

            public void Run(EnodePS.Connections.EnodeConnection connection, ConcurrentQueue<string> failures)
            {
                for (var k = 0; k < CallsPerThread; k++)
                {
                    EnodeCmdlet cmdlet;
                    string[] expected;
                    if (k % 25 == 0)
                    {
                        cmdlet = new GetEnodeVehicleCommand { UserId = _userId, Connection = connection };
                        expected = _vehicles.ToArray();
                        Paths.Add($"/users/{_userId}/vehicles");
                    }
                    else if (k % 5 == 1)
                    {
                        var id = _chargers[k % _chargers.Count];
                        cmdlet = new GetEnodeChargerCommand { Id = new[] { id }, Connection = connection };
                        expected = new[] { id };
                        Paths.Add("/chargers/" + id);
                    }
                    else
                    {
                        var id = _vehicles[k % _vehicles.Count];
                        cmdlet = new GetEnodeVehicleCommand { Id = new[] { id }, Connection = connection };
                        expected = new[] { id };
                        Paths.Add("/vehicles/" + id);
                    }

                    var outputBefore = Host.Output.Count;
                    CmdletRunner.Run(cmdlet, Host);
                    Calls++;
                    var answered = Host.Output.Skip(outputBefore).Select(o => o is Vehicle v ? v.Id : o is Charger c ? c.Id : "(" + o + ")").ToArray();
                    if (Host.Errors.Count > 0 || Host.Terminating != null)
                        failures.Enqueue($"call {k}: {Host.Terminating?.ToString() ?? Host.Errors[0].ToString()}");
                    else if (!answered.SequenceEqual(expected))
                        failures.Enqueue($"call {k}: asked for {string.Join(",", expected)}, got {string.Join(",", answered)}");
                }
            }
        }
    }
}
