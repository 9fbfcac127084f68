using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Faults;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    /// <summary>The /_emulator routes: no token needed, never faulted, never reveal the secret.</summary>
    public class ControlRouteTests
    {
        private static Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> Control(
            RawHttp http, HttpMethod method, string route, string? json = null) =>
            http.SendAsync(method, EnodeEmulator.EmulatorRoutePrefix + route, json, authenticate: false);

        [Fact]
        public async Task Info_names_the_client_counts_the_records_and_never_shows_the_secret()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { Seed = 9, VehicleCount = 7, UserCount = 2 });
            using var http = new RawHttp(host);

            var (status, text, _) = await http.SendTextAsync(HttpMethod.Get, "/_emulator/info", authenticate: false);

            Assert.Equal(200, status);
            Assert.DoesNotContain(host.Emulator.RevealClientSecret(), text);
            var body = JsonNode.Parse(text)!;
            Assert.Equal(host.Emulator.ClientId, body["clientId"]!.GetValue<string>());
            Assert.Equal(9, body["seed"]!.GetValue<int>());
            Assert.Equal("2024-10-01", body["apiVersion"]!.GetValue<string>());
            Assert.Equal(7, body["counts"]!["vehicles"]!.GetValue<int>());
            Assert.Equal(2, body["counts"]!["users"]!.GetValue<int>());
            Assert.False(body["clock"]!["manual"]!.GetValue<bool>());
            Assert.False(string.IsNullOrEmpty(body["version"]!.GetValue<string>()));
        }

        [Fact]
        public async Task Faults_are_armed_listed_and_cleared_over_http()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            await http.TokenAsync();

            var armed = await Control(http, HttpMethod.Post, "/faults",
                "{\"mode\":\"next\",\"kind\":\"serviceUnavailable\",\"count\":2,\"retryAfterSeconds\":4,\"operation\":\"GET /vehicles\"}");
            Assert.Equal(200, armed.Status);
            Assert.Equal(2, armed.Body!["pending"]!.GetValue<int>());
            Assert.Equal("GET /vehicles", armed.Body["rules"]![0]!["operation"]!.GetValue<string>());

            var failed = await http.GetAsync("/vehicles");
            Assert.Equal(503, failed.Status);
            Assert.Equal("4", failed.Response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ToString());

            await Control(http, HttpMethod.Post, "/faults", "{\"mode\":\"latency\",\"milliseconds\":50,\"operation\":\"get /vehicles\"}");
            var listed = (await Control(http, HttpMethod.Get, "/faults")).Body!;
            Assert.Equal(1, listed["pending"]!.GetValue<int>());
            Assert.Equal(50, listed["routeLatencyMilliseconds"]!["GET /vehicles"]!.GetValue<int>());

            Assert.Equal(204, (await Control(http, HttpMethod.Delete, "/faults")).Status);
            Assert.Empty(host.Emulator.Faults.Armed);
            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);
        }

        [Theory]
        [InlineData("{\"mode\":\"sometimes\"}", "mode")]
        [InlineData("{\"mode\":\"next\",\"kind\":\"explode\"}", "kind")]
        [InlineData("{\"mode\":\"next\",\"kind\":\"serverError,dropConnection\"}", "kind")]
        [InlineData("{\"mode\":\"next\",\"kind\":\"serverError\",\"operation\":\"GET /nowhere\"}", "operation")]
        [InlineData("{\"mode\":\"every\",\"kind\":\"dropConnection\"}", "every")]
        [InlineData("{\"mode\":\"random\",\"kind\":\"truncateBody\",\"fraction\":1.5,\"seed\":1}", "fraction")]
        [InlineData("{\"mode\":\"random\",\"kind\":\"truncateBody\",\"fraction\":0.5}", "seed")]
        [InlineData("{\"mode\":\"rateLimit\",\"limit\":5}", "windowSeconds")]
        [InlineData("{\"mode\":\"outage\",\"seconds\":-1}", "seconds")]
        [InlineData("{\"mode\":\"next\",\"kind\":\"serverError\",\"count\":0}", "count")]
        public async Task A_bad_fault_is_a_400_naming_the_field(string json, string field)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, _) = await Control(http, HttpMethod.Post, "/faults", json);

            Assert.Equal(400, status);
            Assert.Equal(field, body!["issues"]![0]!["path"]![0]!.GetValue<string>());
            Assert.Empty(host.Emulator.Faults.Armed);
        }

        [Fact]
        public async Task Control_routes_need_no_token_and_are_never_faulted()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            host.Emulator.Faults.FailEvery(FaultKind.ServerError, 1);
            host.Emulator.Faults.Latency = TimeSpan.FromSeconds(30);

            Assert.Equal(200, (await Control(http, HttpMethod.Get, "/info")).Status);
            Assert.Equal(204, (await Control(http, HttpMethod.Delete, "/faults")).Status);

            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);
            Assert.Equal(401, (await http.SendAsync(HttpMethod.Get, "/vehicles", authenticate: false)).Status);
        }

        [Fact]
        public async Task Advancing_a_manual_clock_runs_the_work_that_fell_due()
        {
            var clock = new ManualEmulatorClock(new DateTimeOffset(2024, 10, 1, 12, 0, 0, TimeSpan.Zero));
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = clock });
            using var http = new RawHttp(host);
            var ran = 0;
            host.Emulator.State.Scheduler.After(TimeSpan.FromSeconds(30), () => ran++);

            var early = await Control(http, HttpMethod.Post, "/clock/advance", "{\"seconds\":29}");
            Assert.Equal(200, early.Status);
            Assert.Equal(0, ran);
            Assert.Equal(1, early.Body!["pendingWork"]!.GetValue<int>());

            var due = await Control(http, HttpMethod.Post, "/clock/advance", "{\"seconds\":1.5}");
            Assert.Equal(1, ran);
            Assert.Equal("2024-10-01T12:00:30.500Z", due.Body!["now"]!.GetValue<string>());
            Assert.True((await Control(http, HttpMethod.Get, "/clock")).Body!["manual"]!.GetValue<bool>());

            Assert.Equal(400, (await Control(http, HttpMethod.Post, "/clock/advance", "{\"seconds\":\"soon\"}")).Status);
        }

        [Fact]
        public async Task The_system_clock_cannot_be_advanced()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, _) = await Control(http, HttpMethod.Post, "/clock/advance", "{\"seconds\":5}");

            Assert.Equal(409, status);
            Assert.Contains("manual clock", body!["detail"]!.GetValue<string>());
        }

        [Fact]
        public async Task Operations_lists_every_route_with_how_often_it_was_served()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            await http.GetAsync("/vehicles");
            await http.GetAsync("/vehicles?pageSize=1");

            var body = (await Control(http, HttpMethod.Get, "/operations")).Body!;

            var operations = body["operations"]!.AsArray();
            var list = operations.Single(o => o!["operation"]!.GetValue<string>() == "GET /vehicles")!;
            Assert.Equal(2, list["served"]!.GetValue<int>());
            Assert.False(list["emulatorOnly"]!.GetValue<bool>());
            Assert.True(operations.Single(o => o!["operation"]!.GetValue<string>() == "POST /oauth2/token")!["emulatorOnly"]!.GetValue<bool>());
            Assert.Equal(host.Emulator.Operations.Distinct().Count(), operations.Count);
        }

        [Fact]
        public async Task Expiring_tokens_makes_the_next_api_call_a_401()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);

            Assert.Equal(204, (await Control(http, HttpMethod.Post, "/tokens/expire")).Status);

            Assert.Equal(401, (await http.GetAsync("/vehicles")).Status);
        }
    }
}
