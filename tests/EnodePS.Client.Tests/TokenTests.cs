using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class TokenTests
    {
        [Fact]
        public async Task Many_calls_share_one_token()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.Vehicles.All[0].Id;

            for (var i = 0; i < 20; i++) await client.Vehicles.GetAsync(id);

            Assert.Equal(1, client.TokenRequestCount);
            Assert.Equal(1, host.Emulator.Tokens.IssuedCount);
        }

        [Fact]
        public async Task Concurrent_first_calls_make_a_single_token_request()
        {
            using var host = new LoopbackEmulator();
            host.Emulator.Faults.Latency = TimeSpan.FromMilliseconds(50);
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.Vehicles.All[0].Id;

            await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => client.Vehicles.GetAsync(id))));

            Assert.Equal(1, host.Emulator.Tokens.IssuedCount);
        }

        [Fact]
        public async Task Token_is_refreshed_ahead_of_expiry()
        {
            var time = new ManualTimeProvider();
            using var host = new LoopbackEmulator(new EmulatorOptions { TokenLifetime = TimeSpan.FromSeconds(100) });
            using var client = ClientFactory.For(host, o => o.TimeProvider = time);
            var id = host.Emulator.State.Vehicles.All[0].Id;

            await client.Vehicles.GetAsync(id);
            time.Advance(TimeSpan.FromSeconds(85));
            await client.Vehicles.GetAsync(id);
            Assert.Equal(1, client.TokenRequestCount);

            time.Advance(TimeSpan.FromSeconds(6)); // 91 s: inside the last tenth of the lifetime, before expiry
            await client.Vehicles.GetAsync(id);
            Assert.Equal(2, client.TokenRequestCount);
            Assert.DoesNotContain(host.Emulator.Journal.Snapshot(), r => r.Status == 401);
        }

        [Fact]
        public async Task A_401_fetches_one_new_token_and_retries_once()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.Vehicles.All[0].Id;
            await client.Vehicles.GetAsync(id);

            host.Emulator.Tokens.ExpireAll();
            var vehicle = await client.Vehicles.GetAsync(id);

            Assert.Equal(id, vehicle.Id);
            Assert.Equal(2, client.TokenRequestCount);
            Assert.Single(host.Emulator.Journal.Snapshot(), r => r.Status == 401);
        }

        [Fact]
        public async Task Bad_credentials_fail_with_a_401_that_names_no_secret()
        {
            using var host = new LoopbackEmulator();
            const string wrongSecret = "definitely-wrong-secret";
            using var client = ClientFactory.For(host, o => o.ClientSecret = SecureStrings.FromPlain(wrongSecret));

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.GetAccessTokenAsync());

            Assert.Equal(401, error.StatusCode);
            Assert.DoesNotContain(wrongSecret, error.ToString());
            Assert.Equal(1, client.TokenRequestCount);
        }

        [Fact]
        public async Task Token_request_is_retried_on_503_but_not_on_500()
        {
            using var host = new LoopbackEmulator();
            host.Emulator.Faults.FailNext(FaultKind.ServiceUnavailable, 1, retryAfterSeconds: 0, operation: "POST /oauth2/token");
            using (var client = ClientFactory.For(host))
                await client.GetAccessTokenAsync();

            host.Emulator.Faults.FailNext(FaultKind.ServerError, 1, operation: "POST /oauth2/token");
            using (var client = ClientFactory.For(host))
            {
                var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.GetAccessTokenAsync());
                Assert.Equal(500, error.StatusCode);
            }
        }
    }
}
