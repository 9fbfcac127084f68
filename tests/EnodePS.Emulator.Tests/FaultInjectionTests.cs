using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Faults;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    /// <summary>Every fault switch, seen from outside through the loopback server with a plain HttpClient.</summary>
    public class FaultInjectionTests
    {
        private const string ListVehicles = "GET /vehicles";
        private const string GetVehicle = "GET /vehicles/{vehicleId}";

        private static string AnyVehicle(LoopbackEmulator host) => "/vehicles/" + host.Emulator.State.Vehicles.All[0].Id;

        private static (LoopbackEmulator Host, ManualEmulatorClock Clock) WithManualClock()
        {
            var clock = new ManualEmulatorClock(new DateTimeOffset(2024, 10, 1, 12, 0, 0, TimeSpan.Zero));
            return (new LoopbackEmulator(new EmulatorOptions { Clock = clock }), clock);
        }

        private static string RetryAfter(HttpResponseMessage response) => string.Join(",", response.Headers.GetValues("Retry-After"));

        [Fact]
        public async Task A_503_burst_answers_the_next_requests_of_its_route_then_stops()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            await http.TokenAsync();
            host.Emulator.Faults.FailNext(FaultKind.ServiceUnavailable, 3, retryAfterSeconds: 2, operation: ListVehicles);

            Assert.Equal(200, (await http.GetAsync(AnyVehicle(host))).Status); // another route is untouched
            for (var i = 0; i < 3; i++)
            {
                var (status, body, response) = await http.GetAsync("/vehicles");
                Assert.Equal(503, status);
                Assert.Equal("2", RetryAfter(response));
                Assert.Equal("https://developers.enode.com/problems/service-unavailable", body!["type"]!.GetValue<string>());
            }
            Assert.Equal(0, host.Emulator.Faults.Pending);
            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);
        }

        [Fact]
        public async Task A_route_rate_limit_answers_429_with_the_seconds_left_in_the_window()
        {
            var (host, clock) = WithManualClock();
            using var _ = host;
            using var http = new RawHttp(host);
            await http.TokenAsync();
            host.Emulator.Faults.RateLimit(3, TimeSpan.FromSeconds(60), ListVehicles);

            for (var i = 0; i < 3; i++) Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);
            var limited = await http.GetAsync("/vehicles");
            Assert.Equal(429, limited.Status);
            Assert.Equal("60", RetryAfter(limited.Response));
            Assert.Equal(200, (await http.GetAsync(AnyVehicle(host))).Status); // other routes have no limit

            clock.Advance(TimeSpan.FromSeconds(45));
            var stillLimited = await http.GetAsync("/vehicles");
            Assert.Equal(429, stillLimited.Status);
            Assert.Equal("15", RetryAfter(stillLimited.Response));

            clock.Advance(TimeSpan.FromSeconds(15));
            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status); // a new window
        }

        [Fact]
        public async Task A_global_rate_limit_counts_requests_to_every_route()
        {
            var (host, _) = WithManualClock();
            using var __ = host;
            using var http = new RawHttp(host);
            await http.TokenAsync();
            host.Emulator.Faults.RateLimit(2, TimeSpan.FromMinutes(1));

            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);
            Assert.Equal(200, (await http.GetAsync(AnyVehicle(host))).Status);
            Assert.Equal(429, (await http.GetAsync("/users/" + host.Emulator.State.Users.All[0].Id + "/vehicles")).Status);
            Assert.Equal(429, (await http.GetAsync("/vehicles")).Status);
        }

        [Fact]
        public async Task An_outage_answers_503_until_the_emulator_clock_passes_its_end()
        {
            var (host, clock) = WithManualClock();
            using var _ = host;
            using var http = new RawHttp(host);
            await http.TokenAsync();
            host.Emulator.Faults.Outage(TimeSpan.FromSeconds(90));

            var first = await http.GetAsync("/vehicles");
            Assert.Equal(503, first.Status);
            Assert.Equal("90", RetryAfter(first.Response));
            clock.Advance(TimeSpan.FromSeconds(60));
            var later = await http.GetAsync(AnyVehicle(host));
            Assert.Equal(503, later.Status);
            Assert.Equal("30", RetryAfter(later.Response));

            clock.Advance(TimeSpan.FromSeconds(30));
            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);
            Assert.Empty(host.Emulator.Faults.Armed);
        }

        [Fact]
        public async Task Route_latency_delays_only_that_route_on_top_of_the_global_latency()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            await http.TokenAsync();
            host.Emulator.Faults.SetLatency(GetVehicle, TimeSpan.FromMilliseconds(300));

            var timer = Stopwatch.StartNew();
            Assert.Equal(200, (await http.GetAsync(AnyVehicle(host))).Status);
            Assert.True(timer.Elapsed >= TimeSpan.FromMilliseconds(280), $"answered after {timer.ElapsedMilliseconds} ms");

            host.Emulator.Faults.Latency = TimeSpan.FromMilliseconds(100);
            Assert.Equal(TimeSpan.FromMilliseconds(400), host.Emulator.Faults.LatencyFor(GetVehicle));
            Assert.Equal(TimeSpan.FromMilliseconds(100), host.Emulator.Faults.LatencyFor(ListVehicles));
            host.Emulator.Faults.SetLatency(GetVehicle, TimeSpan.Zero);
            Assert.Equal(TimeSpan.FromMilliseconds(100), host.Emulator.Faults.LatencyFor(GetVehicle));
        }

        [Fact]
        public async Task Every_kth_request_has_its_connection_reset_without_an_answer()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var token = await http.TokenAsync();
            host.Emulator.Faults.FailEvery(FaultKind.DropConnection, 3, ListVehicles);

            // A socket of our own: HttpClient retries a request once when its connection closes before any answer.
            var outcomes = new List<string>();
            for (var i = 0; i < 9; i++) outcomes.Add(await RawGetStatusLineAsync(host.Server.Port, "/vehicles", token) ?? "dropped");

            Assert.Equal(new[] { "200", "200", "dropped", "200", "200", "dropped", "200", "200", "dropped" }, outcomes);
        }

        [Fact]
        public async Task A_route_that_always_drops_fails_an_http_client_even_after_its_silent_retry()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host) { NewConnectionPerRequest = true };
            await http.TokenAsync();
            host.Emulator.Faults.FailEvery(FaultKind.DropConnection, 1, ListVehicles);

            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("/vehicles"));

            Assert.All(host.Emulator.Journal.Snapshot().Where(r => r.Operation == ListVehicles), r => Assert.Equal(0, r.Status));
            Assert.Equal(200, (await http.GetAsync(AnyVehicle(host))).Status);
        }

        /// <summary>Sends one GET on a fresh connection; the answer's status code, or null when the server reset the connection unanswered.</summary>
        private static async Task<string?> RawGetStatusLineAsync(int port, string path, string token)
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            var stream = client.GetStream();
            var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(request);
            var buffer = new byte[64];
            try
            {
                var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
                return read == 0 ? null : Encoding.ASCII.GetString(buffer, 0, read).Split(' ')[1];
            }
            catch (IOException)
            {
                return null; // reset by the server
            }
        }

        [Fact]
        public async Task Seeded_truncation_hits_the_same_requests_on_every_run()
        {
            async Task<string> Run()
            {
                using var host = new LoopbackEmulator();
                using var http = new RawHttp(host) { NewConnectionPerRequest = true };
                await http.TokenAsync();
                host.Emulator.Faults.FailRandomly(FaultKind.TruncateBody, 0.3, seed: 1234, operation: ListVehicles);
                var pattern = "";
                for (var i = 0; i < 30; i++)
                {
                    try
                    {
                        var (status, text, response) = await http.SendTextAsync(HttpMethod.Get, "/vehicles");
                        JsonNode.Parse(text);
                        pattern += "+";
                    }
                    catch (Exception ex) when (ex is HttpRequestException || ex is IOException)
                    {
                        pattern += "x";
                    }
                }
                return pattern;
            }

            var first = await Run();
            var second = await Run();

            Assert.Equal(first, second);
            Assert.Contains("x", first);
            Assert.Contains("+", first);
        }

        [Fact]
        public async Task A_truncated_answer_announces_the_whole_body_but_sends_part_of_it()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host) { NewConnectionPerRequest = true };
            await http.TokenAsync();
            host.Emulator.Faults.FailNext(FaultKind.TruncateBody, 1, operation: ListVehicles);

            await Assert.ThrowsAnyAsync<Exception>(() => http.SendTextAsync(HttpMethod.Get, "/vehicles"));

            Assert.Equal(1, host.Emulator.ServedOperations[ListVehicles]); // the request itself was served
            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);
        }

        [Fact]
        public async Task A_malformed_body_is_a_complete_200_answer_that_is_not_json()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            await http.TokenAsync();
            host.Emulator.Faults.FailNext(FaultKind.MalformedBody, 1, operation: GetVehicle);

            var (status, text, response) = await http.SendTextAsync(HttpMethod.Get, AnyVehicle(host));

            Assert.Equal(200, status);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            Assert.NotEmpty(text);
            Assert.ThrowsAny<JsonException>(() => JsonNode.Parse(text));
            Assert.Equal(200, (await http.GetAsync(AnyVehicle(host))).Status);
        }

        [Fact]
        public async Task Periodic_faults_hit_an_exact_share_of_concurrent_requests()
        {
            using var host = new LoopbackEmulator();
            var clients = Enumerable.Range(0, 8).Select(_ => new RawHttp(host)).ToList();
            try
            {
                foreach (var client in clients) await client.TokenAsync();
                host.Emulator.Faults.FailEvery(FaultKind.ServerError, 5, ListVehicles);

                var statuses = await Task.WhenAll(clients.Select(async c =>
                {
                    var mine = new List<int>();
                    for (var i = 0; i < 25; i++) mine.Add((await c.GetAsync("/vehicles?pageSize=5")).Status);
                    return mine;
                }));

                var all = statuses.SelectMany(s => s).ToList();
                Assert.Equal(40, all.Count(s => s == 500));
                Assert.Equal(160, all.Count(s => s == 200));
            }
            finally
            {
                foreach (var client in clients) client.Dispose();
            }
        }

        [Fact]
        public async Task Global_faults_include_the_token_endpoint_and_clear_removes_every_switch()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            host.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 7);

            await Assert.ThrowsAsync<HttpRequestException>(() => http.TokenAsync()); // 429 on POST /oauth2/token

            host.Emulator.Faults.FailEvery(FaultKind.ServerError, 1, GetVehicle);
            host.Emulator.Faults.SetLatency(ListVehicles, TimeSpan.FromSeconds(1));
            host.Emulator.Faults.Latency = TimeSpan.FromSeconds(1);
            host.Emulator.Faults.Clear();
            Assert.Empty(host.Emulator.Faults.Armed);
            Assert.Equal(TimeSpan.Zero, host.Emulator.Faults.LatencyFor(ListVehicles));
            Assert.Equal(200, (await http.GetAsync(AnyVehicle(host))).Status);
        }

        [Fact]
        public void Rules_are_consulted_in_arming_order_and_reject_what_is_not_an_operation()
        {
            var faults = new FaultInjector();
            faults.FailNext(FaultKind.ServerError, 1, operation: ListVehicles);
            faults.FailEvery(FaultKind.TooManyRequests, 1);

            Assert.Equal(FaultKind.ServerError, faults.Take(ListVehicles)!.Kind);
            Assert.Equal(FaultKind.TooManyRequests, faults.Take(ListVehicles)!.Kind);
            Assert.Equal(new[] { "every" }, faults.Armed.Select(r => r.Mode));

            Assert.Throws<ArgumentException>(() => faults.FailEvery(FaultKind.ServerError, 2, "/vehicles"));
            Assert.Throws<ArgumentException>(() => faults.SetLatency("GET vehicles", TimeSpan.FromSeconds(1)));
            Assert.Throws<ArgumentOutOfRangeException>(() => faults.FailEvery(FaultKind.ServerError, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => faults.FailRandomly(FaultKind.ServerError, 0, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => faults.RateLimit(0, TimeSpan.FromSeconds(1)));
            Assert.Throws<ArgumentOutOfRangeException>(() => faults.Outage(TimeSpan.Zero));
        }
    }
}
