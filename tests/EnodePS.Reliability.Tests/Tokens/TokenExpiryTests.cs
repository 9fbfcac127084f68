using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;
using EnodePS.Reliability.Tests.Support;
using EnodePS.Tests.Shared;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Tokens
{
    /// <summary>
    /// Tokens that run out in the middle of long work: the work finishes, and each expiry costs exactly one new token.
    /// Two ways a token runs out: the server revokes it (the next request gets a 401, the client fetches one new
    /// token and resends), or its lifetime passes (the client notices from its clock and refreshes before sending; only
    /// a request already on its way at that moment can meet a 401).
    /// </summary>
    public class TokenExpiryTests
    {
        private readonly ITestOutputHelper _output;

        public TokenExpiryTests(ITestOutputHelper output) { _output = output; }

        public static TheoryData<string> Operations()
        {
            var data = new TheoryData<string>();
            foreach (var operation in LongOperations.All) data.Add(operation.Name);
            return data;
        }

        /// <summary>
        /// The operations whose client can be given the emulator's clock: those calling a client the test made. A
        /// connection made by Connect-Enode in a runspace reads the system clock, so its lifetime cannot be moved on.
        /// </summary>
        public static TheoryData<string> OperationsOnATestClock()
        {
            var data = new TheoryData<string>();
            foreach (var operation in LongOperations.All.Where(o => !o.InPowerShell)) data.Add(operation.Name);
            return data;
        }

        [Theory]
        [MemberData(nameof(Operations))]
        public async Task A_token_revoked_by_the_server_mid_operation_costs_one_401_and_one_new_token(string name)
        {
            var operation = LongOperations.Named(name);
            using var host = operation.InPowerShell ? null : new LoopbackEmulator(operation.Options());
            using var session = operation.InPowerShell ? new PowerShellSession(operation.Options()) : null;
            var emulator = host?.Emulator ?? session!.Emulator;
            using var testClient = host == null ? null : Connect(host, TimeProvider.System);
            var client = testClient ?? (EnodeClient)session!.Invoke("(Get-EnodeConnection).Client").Single();
            client.UpdateRetryOptions(TestClients.FastRetry());
            await client.GetAccessTokenAsync();
            var tokensBefore = client.TokenRequestCount - 1; // the one token of the connection
            var issuedBefore = emulator.Tokens.IssuedCount - 1;

            var expiries = 0;
            await Task.Run(() => operation.RunAndVerify(new TokenRig(client, emulator, session), done =>
            {
                if (!operation.ExpireAt.Contains(done)) return;
                emulator.Tokens.ExpireAll();
                expiries++;
            }));

            Assert.True(expiries > 0, "the operation ended before any expiry");
            var unauthorized = emulator.Journal.Snapshot().Count(r => r.Status == 401);
            _output.WriteLine($"{name}: {expiries} revocations, {unauthorized} answers 401, {client.TokenRequestCount - tokensBefore} token requests");
            Assert.Equal(1 + expiries, client.TokenRequestCount - tokensBefore);
            Assert.Equal(1 + expiries, emulator.Tokens.IssuedCount - issuedBefore);
            Assert.InRange(unauthorized, expiries, expiries * (1 + operation.RequestsOnTheirWay));
        }

        [Theory]
        [MemberData(nameof(OperationsOnATestClock))]
        public async Task A_token_whose_lifetime_passes_mid_operation_is_refreshed_once_before_any_request_fails(string name)
        {
            var operation = LongOperations.Named(name);
            var clock = new ManualEmulatorClock(DateTimeOffset.UtcNow);
            var options = operation.Options();
            options.Clock = clock;
            using var host = new LoopbackEmulator(options);
            using var client = Connect(host, new ClockTimeProvider(clock));
            await client.GetAccessTokenAsync();

            var expiries = 0;
            await Task.Run(() => operation.RunAndVerify(new TokenRig(client, host.Emulator, null), done =>
            {
                if (!operation.ExpireAt.Contains(done)) return;
                clock.Advance(options.TokenLifetime);
                expiries++;
            }));

            Assert.True(expiries > 0, "the operation ended before any expiry");
            _output.WriteLine($"{name}: {expiries} lifetimes passed, {client.TokenRequestCount} token requests");
            Assert.Equal(1 + expiries, client.TokenRequestCount);
            Assert.Equal(1 + expiries, host.Emulator.Tokens.IssuedCount);
            var unauthorized = host.Emulator.Journal.Snapshot().Count(r => r.Status == 401);
            Assert.InRange(unauthorized, 0, expiries * operation.RequestsOnTheirWay);
        }

        private static EnodeClient Connect(LoopbackEmulator host, TimeProvider time) => TestClients.For(host, o => o.TimeProvider = time);

        /// <summary>The client's clock reads the emulator's, so both see a lifetime pass at the same moment.</summary>
        private sealed class ClockTimeProvider : TimeProvider
        {
            private readonly IEmulatorClock _clock;
            public ClockTimeProvider(IEmulatorClock clock) { _clock = clock; }
            public override DateTimeOffset GetUtcNow() => _clock.UtcNow;
        }
    }
}
