using System.Linq;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Connections
{
    public class ConnectEnodeTests
    {
        private const string ConnectId = ",EnodePS.Cmdlets.Connections.ConnectEnodeCommand";

        [Fact]
        public void Client_id_and_secret_connect_and_become_the_current_connection()
        {
            using var session = PowerShellSession.WithEmulator();

            var connect = session.Run(
                "Connect-Enode -ClientId $id -ClientSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -ApiUrl $api -TokenUrl $token",
                new { id = session.Emulator.ClientId, secret = session.Emulator.RevealClientSecret(), api = session.Loopback.ApiUrl, token = session.Loopback.TokenUrl })
                .AssertSucceeded();

            Assert.Empty(connect.Output); // no -PassThru
            var current = session.Run("Get-EnodeConnection | ForEach-Object { $_.Environment.ToString(); $_.ClientId }").AssertSucceeded();
            Assert.Equal(new object[] { nameof(EnodeEnvironment.Custom), session.Emulator.ClientId }, current.Objects);
            Assert.Equal(1, session.Emulator.Tokens.IssuedCount); // the token is fetched at once
        }

        [Fact]
        public void A_credential_gives_the_client_id_as_user_name_and_the_secret_as_password()
        {
            using var session = PowerShellSession.WithEmulator();

            var result = session.Run(
                "$credential = [pscredential]::new($id, (ConvertTo-SecureString $secret -AsPlainText -Force))\n" +
                "(Connect-Enode -Credential $credential -ApiUrl $api -TokenUrl $token -PassThru).ClientId",
                new { id = session.Emulator.ClientId, secret = session.Emulator.RevealClientSecret(), api = session.Loopback.ApiUrl, token = session.Loopback.TokenUrl });

            Assert.Equal(session.Emulator.ClientId, result.AssertSucceeded().Objects.Single());
            Assert.Equal(1, session.Emulator.Tokens.IssuedCount);
        }

        [Fact]
        public void Bad_credentials_fail_at_connect_with_an_authentication_error_and_no_secret()
        {
            using var session = PowerShellSession.WithEmulator();
            const string wrong = "not-the-right-secret-123";

            var result = session.Run(
                "Connect-Enode -ClientId $id -ClientSecret (ConvertTo-SecureString $wrong -AsPlainText -Force) -ApiUrl $api -TokenUrl $token",
                new { id = session.Emulator.ClientId, wrong, api = session.Loopback.ApiUrl, token = session.Loopback.TokenUrl });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeUnauthorized" + ConnectId, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.Empty(session.Invoke("Get-EnodeConnection"));
            Assert.DoesNotContain(wrong, result.AllText);
        }

        [Fact]
        public void Only_one_of_api_url_and_token_url_is_rejected_naming_the_missing_one()
        {
            using var session = PowerShellSession.Unconnected();

            var result = session.Run("Connect-Enode -ApiUrl http://127.0.0.1:1/ -ClientId x -ClientSecret (ConvertTo-SecureString y -AsPlainText -Force)");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeInvalidParameter" + ConnectId, error.FullyQualifiedErrorId);
            Assert.Contains("-TokenUrl", error.Exception.Message);
        }

        [Fact]
        public void The_emulator_environment_needs_no_account_and_serves_demo_vehicles()
        {
            using var session = PowerShellSession.Unconnected();

            var result = session.Run(
                "$connection = Connect-Enode -Environment Emulator -PassThru\n" +
                "$connection.Environment.ToString(); $connection.Emulator.Options.VehicleCount; @(Get-EnodeVehicle).Count").AssertSucceeded();

            var values = result.Objects.ToList();
            Assert.Equal(nameof(EnodeEnvironment.Emulator), values[0]);
            Assert.True((int)values[1] > 0);
            Assert.Equal(values[1], values[2]);
        }

        [Fact]
        public void Sessions_do_not_share_their_current_connection()
        {
            using var first = PowerShellSession.Unconnected();
            using var other = PowerShellSession.Unconnected();
            first.Invoke("Connect-Enode -Environment Emulator");

            var result = other.Run("Get-EnodeVehicle");

            Assert.Equal("EnodeNotConnected,EnodePS.Cmdlets.Vehicles.GetEnodeVehicleCommand", Assert.Single(result.AllErrors).FullyQualifiedErrorId);
            Assert.NotEmpty(first.Invoke("Get-EnodeVehicle -First 1"));
        }

        [Fact]
        public void Connection_text_never_shows_the_secret()
        {
            using var session = new PowerShellSession();

            var text = string.Join("\n", session.Invoke(
                "$connection = Get-EnodeConnection; $connection.ToString(); \"$connection\"; $connection | Out-String; $connection | Format-List * | Out-String"));

            Assert.DoesNotContain(session.Emulator.RevealClientSecret(), text);
            Assert.Contains(session.Loopback.ApiUrl.ToString(), text);
        }
    }

    /// <summary>Connect-Enode reading ENODE_* variables that the script sets in the process environment, as users do.</summary>
    [Collection(ProcessEnvironmentCollection.Name)]
    public class ConnectEnodeEnvironmentVariableTests
    {
        [Fact]
        public void Environment_variables_supply_credentials_for_unattended_runs()
        {
            using var session = PowerShellSession.WithEmulator();

            var result = session.Run(
                "try {\n" +
                "    $env:ENODE_CLIENT_ID = $id; $env:ENODE_CLIENT_SECRET = $secret\n" +
                "    (Connect-Enode -ApiUrl $api -TokenUrl $token -PassThru).ClientId\n" +
                "} finally {\n" +
                "    Remove-Item env:ENODE_CLIENT_ID, env:ENODE_CLIENT_SECRET -ErrorAction Ignore\n" +
                "}",
                new { id = session.Emulator.ClientId, secret = session.Emulator.RevealClientSecret(), api = session.Loopback.ApiUrl, token = session.Loopback.TokenUrl });

            Assert.Equal(session.Emulator.ClientId, result.AssertSucceeded().Objects.Single());
            Assert.Null(System.Environment.GetEnvironmentVariable("ENODE_CLIENT_SECRET"));
        }

        [Fact]
        public void No_credentials_at_all_is_a_clear_error_that_suggests_the_emulator()
        {
            using var session = PowerShellSession.Unconnected();

            var result = session.Run(
                "$saved = $env:ENODE_CLIENT_ID, $env:ENODE_CLIENT_SECRET\n" +
                "try {\n" +
                "    Remove-Item env:ENODE_CLIENT_ID, env:ENODE_CLIENT_SECRET -ErrorAction Ignore\n" +
                "    Connect-Enode -Environment Sandbox\n" +
                "} finally {\n" +
                "    $env:ENODE_CLIENT_ID, $env:ENODE_CLIENT_SECRET = $saved\n" +
                "}");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeMissingCredentials,EnodePS.Cmdlets.Connections.ConnectEnodeCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.Contains("ENODE_CLIENT_ID", error.Exception.Message);
            Assert.Contains("-Environment Emulator", error.Exception.Message);
            Assert.Empty(session.Invoke("Get-EnodeConnection"));
        }
    }
}
