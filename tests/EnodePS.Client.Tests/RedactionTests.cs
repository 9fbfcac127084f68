using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using EnodePS.Client.Logging;
using EnodePS.Client.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class RedactionTests
    {
        [Fact]
        public async Task Verbose_and_debug_logs_never_show_the_client_secret_or_the_token()
        {
            using var host = new LoopbackEmulator();
            var log = new CollectingLog();
            using var client = ClientFactory.For(host, o => o.Log = log);
            var id = host.Emulator.State.Vehicles.All[0].Id;

            await client.Vehicles.GetAsync(id);
            await client.Raw.SendAsync(HttpMethod.Get, "/vehicles?pageSize=2", null);
            var token = await client.GetAccessTokenAsync();

            var text = log.All;
            Assert.Contains("GET /vehicles/" + id, text);
            Assert.Contains("Authorization: ***", text);
            Assert.Contains("\"access_token\":\"***\"", text);
            Assert.DoesNotContain(host.Emulator.RevealClientSecret(), text);
            Assert.DoesNotContain(token, text);
        }

        [Fact]
        public async Task A_log_scope_takes_the_calls_made_inside_it()
        {
            using var host = new LoopbackEmulator();
            var fallback = new CollectingLog();
            var scoped = new CollectingLog { IsDebugEnabled = false };
            using var client = ClientFactory.For(host, o => o.Log = fallback);
            await client.GetAccessTokenAsync();
            fallback.Lines.Clear();

            using (EnodeLogScope.Begin(scoped))
                await client.Vehicles.GetAsync(host.Emulator.State.Vehicles.All[0].Id);

            Assert.Empty(fallback.Lines);
            Assert.Single(scoped.Lines);
            Assert.StartsWith("VERBOSE: GET /vehicles/", scoped.Lines.Single());
        }

        [Fact]
        public async Task The_enode_version_and_user_agent_headers_are_sent()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host, o => o.ApiVersion = "2024-10-01");
            await client.Vehicles.GetAsync(host.Emulator.State.Vehicles.All[0].Id);

            var request = host.Emulator.Journal.Snapshot().Last();
            Assert.Equal("2024-10-01", request.Headers["Enode-Version"]);
            Assert.StartsWith("EnodePS/", request.Headers["User-Agent"]);
        }
    }
}
