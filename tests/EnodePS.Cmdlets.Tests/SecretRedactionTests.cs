using System.Collections;
using System.Linq;
using EnodePS.Cmdlets.Connections;
using EnodePS.Cmdlets.Requests;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;

namespace EnodePS.Cmdlets.Tests
{
    public class SecretRedactionTests
    {
        [Fact]
        public void No_output_stream_shows_the_client_secret_or_the_access_token_with_verbose_and_debug_on()
        {
            using var session = new CmdletSession();
            var hosts = new[] { session.NewHost(), session.NewHost(), session.NewHost(), session.NewHost() };
            foreach (var h in hosts) h.IsDebugEnabled = true;

            session.Run(new GetEnodeVehicleCommand { PageSize = 5 }, hosts[0]);
            session.Run(new InvokeEnodeRequestCommand { Path = "/vehicles", Query = new Hashtable { ["pageSize"] = 3 } }, hosts[1]);
            session.Run(new GetEnodeVehicleCommand { Id = new[] { "missing" } }, hosts[2]);
            session.Run(new GetEnodeConnectionCommand(), hosts[3]);
            session.Emulator.Tokens.ExpireAll(); // force a token refresh while logging
            var refresh = session.NewHost();
            refresh.IsDebugEnabled = true;
            session.Run(new GetEnodeVehicleCommand { PageSize = 50 }, refresh);

            var token = session.Connection.Client.GetAccessTokenAsync().GetAwaiter().GetResult();
            var text = string.Join("\n", hosts.Append(refresh).Select(h => h.AllText));
            Assert.Contains("Authorization: ***", text);
            Assert.Contains("POST /oauth2/token", text);
            Assert.DoesNotContain(session.Emulator.RevealClientSecret(), text);
            Assert.DoesNotContain(token, text);
            Assert.DoesNotContain(session.Emulator.RevealClientSecret(), session.Connection.ToString());
        }
    }
}
