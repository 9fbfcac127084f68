using System.Linq;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Connections
{
    /// <summary>ENODE_MAX_RETRIES and ENODE_TIMEOUT_SECONDS, set in the process environment by the script as users do.</summary>
    [Collection(ProcessEnvironmentCollection.Name)]
    public class GetEnodeRequestOptionTests
    {
        [Fact]
        public void A_connection_made_later_takes_the_session_options_over_the_environment_variables()
        {
            using var session = new PowerShellSession();

            var result = session.Run(
                "try {\n" +
                "    $env:ENODE_MAX_RETRIES = '1'; $env:ENODE_TIMEOUT_SECONDS = '7'\n" +
                "    $defaults = Get-EnodeRequestOption\n" +
                "    $defaults.AppliesTo; $defaults.MaxRetries; $defaults.TimeoutSeconds\n" +
                "    Set-EnodeRequestOption -MaxRetries 3\n" +
                "    $later = Connect-Enode -ClientId $id -ClientSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -ApiUrl $api -TokenUrl $token -Name Later -PassThru\n" +
                "    $later.Client.RetryOptions.MaxRetries; $later.Client.RetryOptions.AttemptTimeout.TotalSeconds\n" +
                "} finally {\n" +
                "    Remove-Item env:ENODE_MAX_RETRIES, env:ENODE_TIMEOUT_SECONDS -ErrorAction Ignore\n" +
                "}",
                new { id = session.Emulator.ClientId, secret = session.Emulator.RevealClientSecret(), api = session.Loopback.ApiUrl, token = session.Loopback.TokenUrl });

            var values = result.AssertSucceeded().Objects.ToList();
            Assert.Equal("(new connections)", values[0]);
            Assert.Equal(1, System.Convert.ToInt32(values[1]));
            Assert.Equal(7.0, System.Convert.ToDouble(values[2]));
            Assert.Equal(3, System.Convert.ToInt32(values[3]));
            Assert.Equal(7.0, System.Convert.ToDouble(values[4]));
            Assert.Null(System.Environment.GetEnvironmentVariable("ENODE_MAX_RETRIES"));
        }
    }
}
