using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Errors;
using EnodePS.Client.Paging;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.Emulator.State;
using EnodePS.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Hostile
{
    /// <summary>
    /// Answers no Enode server should send (random, cut, mutated, wrongly shaped, deeply nested, oversized, badly
    /// encoded JSON; error statuses with garbage): the client must neither crash nor hang, and must fail with a clear
    /// EnodeProtocolException (or EnodeApiException for an error status), which cmdlets report as EnodeInvalidResponse.
    /// </summary>
    /// <remarks>Webhook deliveries get the same damage in <see cref="WebhookPayloadFuzzTests"/>.</remarks>
    public class HostileResponseTests
    {
        private const int Seed = 20241001;
        private const int Cases = 360;
        private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

        private readonly ITestOutputHelper _output;

        public HostileResponseTests(ITestOutputHelper output) { _output = output; }

        /// <summary>
        /// A client call that reads an answer; <c>Parses</c> is false for calls that return the body unread, and
        /// <c>Answers503</c> true for the readiness probe, to which a 503 is an answer (not ready), not an error.
        /// </summary>
        private sealed class Operation
        {
            public Operation(string name, bool parses, Func<EnodeClient, EmulatorState, CancellationToken, Task> run, bool answers503 = false)
            {
                Name = name;
                Parses = parses;
                Run = run;
                Answers503 = answers503;
            }

            public string Name { get; }
            public bool Parses { get; }
            public bool Answers503 { get; }
            public Func<EnodeClient, EmulatorState, CancellationToken, Task> Run { get; }
        }

        private static readonly Operation[] ClientOperations =
        {
            new Operation("Vehicles.ListAsync", true, async (c, s, ct) => { await foreach (var _ in c.Vehicles.ListAsync(options: new PageOptions { PageSize = 5 }, cancellationToken: ct)) { } }),
            new Operation("Vehicles.GetAsync", true, (c, s, ct) => c.Vehicles.GetAsync(s.Vehicles.All[0].Id, ct)),
            new Operation("Chargers.GetAsync", true, (c, s, ct) => c.Chargers.GetAsync(s.Chargers.All[0].Id, ct)),
            new Operation("Hvacs.GetAsync", true, (c, s, ct) => c.Hvacs.GetAsync(s.Hvacs.All[0].Id, ct)),
            new Operation("Inverters.GetAsync", true, (c, s, ct) => c.Inverters.GetAsync(s.Inverters.All[0].Id, ct)),
            new Operation("Batteries.GetAsync", true, (c, s, ct) => c.Batteries.GetAsync(s.Batteries.All[0].Id, ct)),
            new Operation("Meters.GetAsync", true, (c, s, ct) => c.Meters.GetAsync(s.Meters.All[0].Id, ct)),
            new Operation("HemSystems.ListAsync", true, async (c, s, ct) => { await foreach (var _ in c.HemSystems.ListAsync(cancellationToken: ct)) { } }),
            new Operation("Devices.GetAsync", true, (c, s, ct) => c.Devices.GetAsync("battery", s.Batteries.All[0].Id, ct)),
            new Operation("Health.ListVendorsAsync", true, (c, s, ct) => c.Health.ListVendorsAsync("vehicle", ct)),
            new Operation("Integrations.ListAsync", true, (c, s, ct) => c.Integrations.ListAsync(null, ct)),
            new Operation("Interventions.ListAsync", true, (c, s, ct) => c.Interventions.ListAsync(null, null, null, ct)),
            new Operation("Inverters.GetStatisticsAsync", true, (c, s, ct) => c.Inverters.GetStatisticsAsync(s.Inverters.All[0].Id, 2024, 9, 30, ct)),
            new Operation("HemSystems.GetStatisticsAsync", true, (c, s, ct) => c.HemSystems.GetStatisticsAsync(s.HemSystems.All[0].Id, "2024-09-30", ct)),
            new Operation("Raw.StreamAsync", true, async (c, s, ct) => { await foreach (var _ in c.Raw.StreamAsync("/vehicles", cancellationToken: ct)) { } }),
            new Operation("Raw.SendAsync", false, (c, s, ct) => c.Raw.SendAsync(HttpMethod.Get, "/vehicles", null, ct)),
            new Operation("Health.GetReadinessAsync", false, (c, s, ct) => c.Health.GetReadinessAsync(ct), answers503: true),
        };

        /// <summary>Cmdlet command lines (each run with -Connection $hostile); their variables come from the emulator's state.</summary>
        private static readonly (string Name, string Script)[] CmdletOperations =
        {
            ("Get-EnodeVehicle", "Get-EnodeVehicle -PageSize 5"),
            ("Get-EnodeVehicle -Id", "Get-EnodeVehicle -Id $vehicleId"),
            ("Get-EnodeCharger -Id", "Get-EnodeCharger -Id $chargerId"),
            ("Get-EnodeHealth -DeviceType vehicle", "Get-EnodeHealth -DeviceType vehicle"),
            ("Get-EnodeIntegration", "Get-EnodeIntegration"),
            ("Get-EnodeIntervention", "Get-EnodeIntervention"),
            ("Get-EnodeInverterStatistics", "Get-EnodeInverterStatistics -Id $inverterId -StartTime 2024-09-30"),
            ("Get-EnodeHemSystemStatistics", "Get-EnodeHemSystemStatistics -Id $hemSystemId -StartTime 2024-09-30"),
            ("Request-EnodeDataRefresh -PassThru", "Request-EnodeDataRefresh -Id $meterId -DeviceType meter -PassThru"),
            ("Invoke-EnodeRequest /vehicles", "Invoke-EnodeRequest -Path /vehicles"),
            ("Invoke-EnodeRequest /vehicles -All", "Invoke-EnodeRequest -Path /vehicles -All"),
        };

        [Fact]
        public async Task Damaged_answers_end_in_a_protocol_or_api_error_never_in_a_crash_or_a_hang()
        {
            using var emulator = new EnodeEmulator(EmulatorOptions.Demo());
            var proxy = new DamagingProxy(emulator);
            using var client = HostileClient(emulator, proxy);
            var failures = new List<string>();
            var outcomes = new Dictionary<string, int>();

            for (var i = 0; i < Cases; i++)
            {
                var random = new Random(Seed + i);
                var operation = ClientOperations[i % ClientOperations.Length];
                var served = new ServedDamage();
                proxy.Damage = (status, body) => served.Add(() => Corruption.Damage(body, status, random));

                var (error, hung) = await Outcome(() => operation.Run(client, emulator.State, CancellationToken.None));
                var damage = served.Last;
                var verdict = served.All.Count == 0 ? Judge(operation, null, error, hung)
                    : served.All.Any(d => Judge(operation, d, error, hung) == null) ? null : Judge(operation, damage, error, hung);
                var key = hung ? "hung" : error?.GetType().Name ?? "success";
                outcomes[key] = outcomes.TryGetValue(key, out var n) ? n + 1 : 1;
                if (verdict != null) failures.Add($"case {i} {operation.Name} ({damage?.Preview}): {verdict}");
            }

            _output.WriteLine($"{Cases} damaged answers (seed {Seed}): " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Value} {o.Key}")));
            foreach (var failure in failures.Take(30)) _output.WriteLine(failure);
            Assert.Empty(failures);
            Assert.True(outcomes.GetValueOrDefault(nameof(EnodeProtocolException)) > Cases / 4, "the damage rarely reached the parser");
            Assert.True(outcomes.GetValueOrDefault(nameof(EnodeApiException)) > 0);
        }

        [Fact]
        public void Cmdlets_report_damaged_answers_as_EnodeInvalidResponse_and_error_statuses_by_their_status()
        {
            using var emulator = new EnodeEmulator(EmulatorOptions.Demo());
            var proxy = new DamagingProxy(emulator);
            using var front = new HttpFront(proxy.CreateHandler());
            using var session = PowerShellSession.Unconnected();
            var hostile = session.Run("Connect-Enode -ClientId $clientId -ClientSecret (ConvertTo-SecureString $clientSecret -AsPlainText -Force) " +
                                      "-ApiUrl $apiUrl -TokenUrl $tokenUrl -Name hostile -PassThru",
                new { clientId = emulator.ClientId, clientSecret = emulator.RevealClientSecret(), apiUrl = front.BaseUrl, tokenUrl = front.TokenUrl })
                .AssertSucceeded().Output.Single();
            ((EnodeClient)hostile.Properties["Client"].Value).UpdateRetryOptions(TestClients.FastRetry(maxRetries: 0));
            var state = emulator.State;
            var variables = new
            {
                hostile,
                vehicleId = state.Vehicles.All[0].Id,
                chargerId = state.Chargers.All[0].Id,
                inverterId = state.Inverters.All[0].Id,
                hemSystemId = state.HemSystems.All[0].Id,
                meterId = state.Meters.All[0].Id,
            };
            var failures = new List<string>();
            var errorIds = new Dictionary<string, int>();

            for (var i = 0; i < Cases / 3; i++)
            {
                var random = new Random(Seed * 7 + i);
                var (name, script) = CmdletOperations[i % CmdletOperations.Length];
                var served = new ServedDamage();
                proxy.Damage = (status, body) => served.Add(() => Corruption.Damage(body, status, random));

                using var running = session.Start(script + " -Connection $hostile", variables);
                ScriptResult result;
                try
                {
                    result = running.Wait(Hang);
                }
                catch (TimeoutException)
                {
                    running.Stop();
                    failures.Add($"case {i} {name} ({served.Last?.Preview}): still running after {Hang.TotalSeconds} s");
                    continue;
                }

                var damage = served.Last;
                foreach (var error in result.AllErrors)
                {
                    // An exception escaping the cmdlet would be reported under its own type name: it fails both tests below.
                    var id = error.FullyQualifiedErrorId.Split(',')[0];
                    errorIds[id] = errorIds.TryGetValue(id, out var n) ? n + 1 : 1;
                    var invalid = id == "EnodeInvalidResponse" && error.CategoryInfo.Category == ErrorCategory.InvalidResult;
                    var status = id != "EnodeInvalidResponse" && id != "EnodeUnexpectedError" && error.Exception is EnodeApiException;
                    var expected = served.All.Count == 0 ? invalid : served.All.Any(d => d.IsSuccess ? invalid : status);
                    if (!expected) failures.Add($"case {i} {name} ({damage?.Preview}): {ScriptResult.Describe(error)}");
                }
            }

            _output.WriteLine("error ids: " + string.Join(", ", errorIds.OrderBy(e => e.Key).Select(e => $"{e.Value} {e.Key}")));
            foreach (var failure in failures.Take(30)) _output.WriteLine(failure);
            Assert.Empty(failures);
            Assert.True(errorIds.GetValueOrDefault("EnodeInvalidResponse") > 0);
        }

        [Theory]
        [InlineData("{\"data\":null,\"pagination\":{\"after\":null}}", true)]
        [InlineData("{\"pagination\":{\"after\":null}}", true)]
        [InlineData("{\"data\":[{\"id\":\"\xFF\"}],\"pagination\":{\"after\":null}}", true)]
        [InlineData("{\"data\":[null],\"pagination\":{\"after\":null}}", false)] // a raw listing passes a JSON null on as $null
        public async Task Pages_without_a_usable_data_list_are_protocol_errors_for_typed_and_raw_listings(string page, bool rawFailsToo)
        {
            using var emulator = new EnodeEmulator(EmulatorOptions.Demo());
            var proxy = new DamagingProxy(emulator);
            // "\xFF" stands for a byte that is not UTF-8 at all.
            var body = ReplaceMarker(System.Text.Encoding.UTF8.GetBytes(page));
            proxy.Damage = (status, _) => new DamagedAnswer("fixed", 200, body);
            using var client = HostileClient(emulator, proxy);

            var typed = await Assert.ThrowsAsync<EnodeProtocolException>(async () => { await foreach (var _ in client.Vehicles.ListAsync()) { } });
            Assert.Contains("GET /vehicles", typed.Message);
            if (rawFailsToo)
                Assert.Contains("GET /vehicles", (await Assert.ThrowsAsync<EnodeProtocolException>(async () => { await foreach (var _ in client.Raw.StreamAsync("/vehicles")) { } })).Message);
        }

        [Fact]
        public async Task A_server_whose_cursors_go_round_in_a_circle_is_stopped_before_any_item_repeats()
        {
            using var emulator = new EnodeEmulator(EmulatorOptions.Demo());
            var proxy = new DamagingProxy(emulator)
            {
                // Page "start" leads to A, A to B, and B back to A.
                DamageWithRequest = (request, status, _) =>
                {
                    var query = request.RequestUri!.Query;
                    var at = query.Contains("after=A") ? "A" : query.Contains("after=B") ? "B" : "start";
                    var next = at == "A" ? "B" : "A";
                    var page = $"{{\"data\":[{{\"id\":\"vehicle-{at}\"}}],\"pagination\":{{\"before\":null,\"after\":\"{next}\"}}}}";
                    return new DamagedAnswer("cycle", 200, System.Text.Encoding.UTF8.GetBytes(page));
                },
            };
            using var client = HostileClient(emulator, proxy);
            var ids = new List<string>();

            var error = await Assert.ThrowsAsync<EnodeProtocolException>(async () =>
            {
                await foreach (var vehicle in client.Vehicles.ListAsync()) ids.Add(vehicle.Id);
            });

            Assert.Equal(new[] { "vehicle-start", "vehicle-A", "vehicle-B" }, ids);
            Assert.Contains("twice", error.Message);
            Assert.Equal(3, proxy.ApiRequests);
        }

        /// <summary>Turns the two characters of the UTF-8 encoding of U+00FF into the single byte 0xFF: invalid UTF-8.</summary>
        private static byte[] ReplaceMarker(byte[] utf8)
        {
            var result = new List<byte>();
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == 0xC3 && i + 1 < utf8.Length && utf8[i + 1] == 0xBF) { result.Add(0xFF); i++; }
                else result.Add(utf8[i]);
            }
            return result.ToArray();
        }

        [Fact]
        public void A_malformed_body_from_the_emulator_is_EnodeInvalidResponse_and_the_connection_stays_usable()
        {
            using var session = new PowerShellSession();
            session.Emulator.Faults.FailNext(FaultKind.MalformedBody, 1, operation: "GET /vehicles");

            var (result, terminating) = TerminatingRun.Run(session, "Get-EnodeVehicle");

            Assert.NotNull(terminating);
            Assert.Empty(result.Errors);
            Assert.Equal("EnodeInvalidResponse,EnodePS.Cmdlets.Vehicles.GetEnodeVehicleCommand", terminating!.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidResult, terminating.CategoryInfo.Category);
            Assert.IsType<EnodeProtocolException>(terminating.Exception);
            Assert.Contains("GET /vehicles", terminating.Exception.Message);
            Assert.Equal(session.Emulator.State.Vehicles.Count, session.Invoke("Get-EnodeVehicle").Length);
        }

        private static EnodeClient HostileClient(EnodeEmulator emulator, DamagingProxy proxy) => new EnodeClient(new EnodeClientOptions
        {
            Environment = EnodeEnvironment.Emulator,
            ApiUrl = EnodeEmulator.InProcessBaseUrl,
            TokenUrl = new Uri(EnodeEmulator.InProcessBaseUrl, "oauth2/token"),
            ClientId = emulator.ClientId,
            ClientSecret = SecureStrings.FromPlain(emulator.RevealClientSecret()),
            PrimaryHandlerFactory = proxy.CreateHandler,
            Retry = TestClients.FastRetry(maxRetries: 0),
        });

        private static async Task<(Exception? Error, bool Hung)> Outcome(Func<Task> call)
        {
            var task = Task.Run(call);
            if (await Task.WhenAny(task, Task.Delay(Hang)) != task) return (null, true);
            try
            {
                await task;
                return (null, false);
            }
            catch (Exception ex)
            {
                return (ex, false);
            }
        }

        /// <summary>Null when the outcome is right for the damage; otherwise what is wrong.</summary>
        /// <summary>
        /// The damaged answers served during one case, in order. A listing asks for its next page while it reads the
        /// current one, so the answer behind an error need not be the last served: an outcome is judged right when it
        /// is right for one of them (a crash, a hang or a wrong kind of error is wrong for all).
        /// </summary>
        private sealed class ServedDamage
        {
            private readonly List<DamagedAnswer> _all = new List<DamagedAnswer>();

            public IReadOnlyList<DamagedAnswer> All { get { lock (_all) return _all.ToArray(); } }
            public DamagedAnswer? Last { get { lock (_all) return _all.Count == 0 ? null : _all[_all.Count - 1]; } }

            public DamagedAnswer? Add(Func<DamagedAnswer?> damage)
            {
                lock (_all)
                {
                    var answer = damage();
                    if (answer != null) _all.Add(answer);
                    return answer;
                }
            }
        }

        private static string? Judge(Operation operation, DamagedAnswer? damage, Exception? error, bool hung)
        {
            if (hung) return $"no answer within {Hang.TotalSeconds} s";
            if (damage == null) return error == null ? null : "failed on an undamaged answer: " + error;
            if (operation.Answers503 && damage.Status == 503) return error == null ? null : "a 503 from the readiness probe is an answer, got " + Describe(error);
            if (!damage.IsSuccess)
                return error is EnodeApiException api && api.StatusCode == damage.Status ? null : $"expected EnodeApiException {damage.Status}, got {Describe(error)}";
            if (error == null)
                return !operation.Parses || IsJson(damage.Body) ? null : "accepted a body that is not JSON";
            if (error is EnodeProtocolException protocol)
                return string.IsNullOrWhiteSpace(protocol.Message) ? "an EnodeProtocolException without a message" : null;
            return "expected EnodeProtocolException, got " + Describe(error);
        }

        private static bool IsJson(byte[] body)
        {
            try
            {
                using var _ = JsonDocument.Parse(body);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static string Describe(Exception? error) => error == null ? "success" : error.GetType().Name + ": " + error.Message.Split('\n')[0];
    }
}
