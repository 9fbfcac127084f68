using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class AuthAndRoutingTests
    {
        [Fact]
        public async Task Api_calls_without_a_token_or_with_an_unknown_or_expired_one_are_401_problems()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var anonymous = await http.SendAsync(HttpMethod.Get, "/vehicles", authenticate: false);
            Assert.Equal(401, anonymous.Status);
            Assert.Equal("https://developers.enode.com/problems/unauthorized", anonymous.Body!["type"]!.GetValue<string>());

            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);
            host.Emulator.Tokens.ExpireAll();
            Assert.Equal(401, (await http.GetAsync("/vehicles")).Status);
        }

        [Fact]
        public async Task Api_answers_carry_the_Enode_Version_header_of_the_pinned_or_requested_version()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var listed = await http.GetAsync("/vehicles");
            var missing = await http.GetAsync("/vehicles/nope");
            var anonymous = await http.SendAsync(HttpMethod.Get, "/vehicles", authenticate: false);

            foreach (var answer in new[] { listed.Response, missing.Response, anonymous.Response })
                Assert.Equal(new[] { "2024-10-01" }, answer.Headers.GetValues("Enode-Version"));

            using var client = new HttpClient { BaseAddress = host.ApiUrl };
            using var request = new HttpRequestMessage(HttpMethod.Get, "vehicles");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await http.TokenAsync());
            request.Headers.Add("Enode-Version", "2023-08-01");
            using var overridden = await client.SendAsync(request);
            Assert.Equal(new[] { "2023-08-01" }, overridden.Headers.GetValues("Enode-Version"));
        }

        [Fact]
        public async Task Tokens_expire_by_the_emulator_clock()
        {
            var clock = new Time.ManualEmulatorClock(DateTimeOffset.UtcNow);
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = clock, TokenLifetime = TimeSpan.FromMinutes(10) });
            using var http = new RawHttp(host);
            Assert.Equal(200, (await http.GetAsync("/vehicles")).Status);

            clock.Advance(TimeSpan.FromMinutes(11));

            Assert.Equal(401, (await http.GetAsync("/vehicles")).Status);
        }

        [Fact]
        public async Task The_token_endpoint_answers_the_documented_shape()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { TokenLifetime = TimeSpan.FromSeconds(3599) });
            using var http = new RawHttp(host);
            await http.TokenAsync();
            var token = host.Emulator.Journal.Snapshot().Single(r => r.Operation == "POST /oauth2/token");
            Assert.Equal(200, token.Status);
            Assert.Equal(1, host.Emulator.Tokens.IssuedCount);
        }

        [Fact]
        public async Task Unknown_ids_are_404_with_the_reference_detail_and_unknown_methods_are_405()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var missing = await http.GetAsync("/vehicles/nope");
            Assert.Equal(404, missing.Status);
            Assert.Equal("The specified vehicle was not found.", missing.Body!["detail"]!.GetValue<string>());

            Assert.Equal(405, (await http.SendAsync(HttpMethod.Delete, "/vehicles")).Status);
        }

        [Fact]
        public async Task Each_answered_request_is_recorded_with_its_operation()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.Vehicles.All[0].Id;

            await http.GetAsync("/vehicles/" + id);

            Assert.Equal(1, host.Emulator.ServedOperations["GET /vehicles/{vehicleId}"]);
            Assert.Equal("/vehicles/" + id, host.Emulator.Journal.Snapshot().Last().Path);
        }

        [Fact]
        public async Task The_same_seed_gives_the_same_data()
        {
            // Seeded data is minutes old relative to the clock: one clock for all, so that only the seed differs.
            var clock = new Time.ManualEmulatorClock(new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero));
            using var a = new EnodeEmulator(new EmulatorOptions { Seed = 7, VehicleCount = 20, Clock = clock });
            using var b = new EnodeEmulator(new EmulatorOptions { Seed = 7, VehicleCount = 20, Clock = clock });
            using var c = new EnodeEmulator(new EmulatorOptions { Seed = 8, VehicleCount = 20, Clock = clock });

            Assert.Equal(a.State.Vehicles.All.Select(r => r.Body.ToJsonString()), b.State.Vehicles.All.Select(r => r.Body.ToJsonString()));
            Assert.NotEqual(a.State.Vehicles.All.Select(r => r.Id), c.State.Vehicles.All.Select(r => r.Id));
            await Task.CompletedTask;
        }

        [Fact]
        public async Task The_loopback_server_answers_50_concurrent_clients()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 100 });
            var clients = Enumerable.Range(0, 50).Select(_ => new RawHttp(host)).ToList();
            try
            {
                var results = await Task.WhenAll(clients.Select(async c =>
                {
                    var statuses = new System.Collections.Generic.List<int>();
                    for (var i = 0; i < 5; i++) statuses.Add((await c.GetAsync("/vehicles?pageSize=20")).Status);
                    return statuses;
                }));
                Assert.All(results.SelectMany(s => s), s => Assert.Equal(200, s));
            }
            finally
            {
                foreach (var c in clients) c.Dispose();
            }
        }
    }
}
