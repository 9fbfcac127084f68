using System.Collections.Generic;
using System.Linq;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Connections
{
    public class SecretRedactionTests
    {
        [Fact]
        public void No_output_stream_shows_the_client_secret_or_the_access_token_with_verbose_and_debug_on()
        {
            using var session = new PowerShellSession();
            var results = new List<ScriptResult>
            {
                session.Run("Get-EnodeVehicle -PageSize 5 -Verbose -Debug"),
                session.Run("Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 3 } -Verbose -Debug"),
                session.Run("Get-EnodeVehicle -Id missing -Verbose -Debug"),
                session.Run("Get-EnodeConnection -Verbose -Debug | Format-List * | Out-String"),
            };
            session.Emulator.Tokens.ExpireAll(); // force a token refresh while logging
            results.Add(session.Run("Get-EnodeVehicle -PageSize 50 -Verbose -Debug"));

            var token = (string)session.Invoke(
                "(Get-EnodeConnection).Client.GetAccessTokenAsync([System.Threading.CancellationToken]::None).GetAwaiter().GetResult()").Single();
            var text = string.Join("\n", results.Select(r => r.AllText));
            Assert.Contains("Authorization: ***", text);
            Assert.Contains("POST /oauth2/token", text);
            Assert.DoesNotContain(session.Emulator.RevealClientSecret(), text);
            Assert.DoesNotContain(token, text);
            Assert.DoesNotContain(session.Emulator.RevealClientSecret(), (string)session.Invoke("(Get-EnodeConnection).ToString()").Single());
        }
    }
}
