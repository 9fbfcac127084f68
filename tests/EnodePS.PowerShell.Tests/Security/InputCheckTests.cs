using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Security
{
    /// <summary>Issue 17, items 7–9: header injection, errors that name their parameter, the emulator's secret.</summary>
    public class InputCheckTests
    {
        [Theory]
        [InlineData("Connect-Enode -Environment Emulator -ApiVersion $version", "ConnectEnodeCommand")]
        [InlineData("Register-EnodeWebhook -Url https://receiver.invalid/hook -ApiVersion $version -Confirm:$false", "RegisterEnodeWebhookCommand")]
        [InlineData("Set-EnodeWebhook -Id w1 -ApiVersion $version -Confirm:$false", "SetEnodeWebhookCommand")]
        public void An_api_version_with_a_trailing_newline_is_refused_by_the_binder(string script, string command)
        {
            using var session = new PowerShellSession();
            session.Emulator.Journal.Clear();

            var result = session.Run(script, new { version = "2024-10-01\n" });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("ParameterArgumentValidationError," + "EnodePS.Cmdlets." + (command.StartsWith("Connect") ? "Connections." : "Webhooks.") + command,
                error.FullyQualifiedErrorId);
            Assert.Empty(session.Emulator.Journal.Api());
        }

        [Fact]
        public void A_webhook_header_value_with_a_line_break_is_refused_before_sending()
        {
            using var session = new PowerShellSession();
            session.Emulator.Journal.Clear();

            var result = session.Run("Register-EnodeWebhook -Url https://receiver.invalid/hook -Confirm:$false " +
                "-AuthenticationHeader @{ Name = 'X-Auth'; Value = (ConvertTo-SecureString \"token`r`nX-Injected: 1\" -AsPlainText -Force) }");

            var error = Assert.Single(result.AllErrors);
            Assert.StartsWith("EnodeInvalidParameter,", error.FullyQualifiedErrorId);
            Assert.Contains("-AuthenticationHeader", error.Exception.Message);
            Assert.DoesNotContain("X-Injected", error.Exception.Message);
            Assert.DoesNotContain(session.Emulator.Journal.Api(), r => r.Method == "POST");
        }

        [Fact]
        public void A_max_current_out_of_range_names_the_parameter_once()
        {
            using var session = new PowerShellSession();

            var result = session.Run("Get-EnodeCharger -First 1 | Set-EnodeMaxCurrent -MaxCurrent 500 -Confirm:$false");

            var error = Assert.Single(result.AllErrors);
            Assert.StartsWith("EnodeInvalidParameter,", error.FullyQualifiedErrorId);
            Assert.Equal("Cannot use '500' for -MaxCurrent: a current from 1 to 80 amperes.", error.Exception.Message);
        }

        [Fact]
        public void A_NaN_cool_setpoint_is_not_reported_as_missing()
        {
            using var session = new PowerShellSession();

            var result = session.Run("Get-EnodeHvac -First 1 | Set-EnodeHvacMode -PermanentHold -Mode COOL -CoolSetpoint ([double]::NaN) -Confirm:$false");

            var error = Assert.Single(result.AllErrors);
            Assert.StartsWith("EnodeInvalidParameter,", error.FullyQualifiedErrorId);
            Assert.StartsWith("Cannot use 'NaN' for -CoolSetpoint: ", error.Exception.Message);
            Assert.DoesNotContain("needs a", error.Exception.Message);
            Assert.DoesNotContain("(Parameter", error.Exception.Message);
        }

        [Fact]
        public void A_blank_credential_user_name_names_Credential_not_options()
        {
            using var session = PowerShellSession.Unconnected();

            var result = session.Run("Connect-Enode -Environment Sandbox -Credential ([pscredential]::new('   ', (ConvertTo-SecureString s3cret-value -AsPlainText -Force)))");

            var error = Assert.Single(result.AllErrors);
            Assert.StartsWith("EnodeInvalidParameter,", error.FullyQualifiedErrorId);
            Assert.Contains("-Credential", error.Exception.Message);
            Assert.DoesNotContain("options", error.Exception.Message);
        }

        [Theory]
        [InlineData("Invoke-EnodeRequest /vehicles -Body @{ a = 1 }")]
        [InlineData("Invoke-EnodeRequest /webhooks/w1 -Method DELETE -Body '{}' -Confirm:$false")]
        [InlineData("Invoke-EnodeRequest /webhooks -Method POST -Body '{\"url\": \"https://r.invalid/\", ' -Confirm:$false")]
        public void Invoke_EnodeRequest_refuses_a_body_with_get_or_delete_and_a_body_that_is_no_json_before_sending(string script)
        {
            using var session = new PowerShellSession();
            session.Emulator.Journal.Clear();

            var result = session.Run(script);

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Requests.InvokeEnodeRequestCommand", error.FullyQualifiedErrorId);
            Assert.Contains("-Body", error.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Api());
        }

        [Fact]
        public void Invoke_EnodeRequest_leaves_out_null_query_values()
        {
            using var session = new PowerShellSession();
            session.Emulator.Journal.Clear();

            session.Run("Invoke-EnodeRequest /vehicles -Query @{ pageSize = $null; after = $null }").AssertSucceeded();

            var sent = session.Emulator.Journal.Api().Last();
            Assert.Equal("/vehicles", sent.Path);
            Assert.Empty(sent.Query);
        }

        [Fact]
        public void Start_EnodeEmulator_output_shows_its_client_secret_nowhere()
        {
            using var session = PowerShellSession.Unconnected();

            var result = session.Run(
                "$e = Start-EnodeEmulator; try { " +
                "$plain = [System.Net.NetworkCredential]::new('', $e.ClientSecret).Password; " +
                "$c = Connect-Enode -Emulator $e -PassThru; " +
                "[pscustomobject]@{ Plain = $plain; Json = ($e | ConvertTo-Json -Depth 3 -WarningAction SilentlyContinue); " +
                "ConnectionJson = ($c | ConvertTo-Json -Depth 3 -WarningAction SilentlyContinue); Text = ($e | Format-List * | Out-String) } " +
                "} finally { Disconnect-Enode -ErrorAction SilentlyContinue; $e.Stop() }").AssertSucceeded();

            var output = result.Output.Single();
            string Text(string name) => output.Properties[name].Value?.ToString() ?? "";
            var plain = Text("Plain");
            Assert.False(string.IsNullOrEmpty(plain));
            Assert.DoesNotContain(plain, Text("Json"));
            Assert.DoesNotContain(plain, Text("ConnectionJson"));
            Assert.DoesNotContain(plain, Text("Text"));
        }
    }
}
