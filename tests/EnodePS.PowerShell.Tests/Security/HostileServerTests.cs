using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Security
{
    /// <summary>Issue 17, items 2–4: what a user sees when the endpoints are not what they should be.</summary>
    public class HostileServerTests
    {
        private const string ConnectCustom =
            "Connect-Enode -ApiUrl $api -TokenUrl $token -ClientId client-id -ClientSecret (ConvertTo-SecureString $secret -AsPlainText -Force)";

        [Theory]
        [InlineData("http://enode.invalid/", "http://enode.invalid/oauth2/token", "-ApiUrl")]
        [InlineData("https://enode.invalid/", "http://oauth.enode.invalid/oauth2/token", "-TokenUrl")]
        public void Connect_refuses_plain_http_off_this_machine_naming_the_parameter(string api, string token, string parameter)
        {
            using var session = PowerShellSession.Unconnected();

            var result = session.Run(ConnectCustom, new { api, token, secret = "client-secret-1" });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Connections.ConnectEnodeCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.StartsWith($"Cannot use '{new Uri(parameter == "-ApiUrl" ? api : token)}' for {parameter}: an https:// URL", error.Exception.Message);
        }

        [Fact]
        public void A_token_endpoint_echoing_the_basic_credential_in_an_about_blank_problem_shows_it_nowhere()
        {
            // base64("client-id:riGp_58WAm~dX") has a '+', so its URL-encoded form differs from it.
            const string secret = "riGp_58WAm~dX";
            const string basic = "Y2xpZW50LWlkOnJpR3BfNThXQW1+ZFg=";
            using var server = new ScriptedServer(r => ScriptedServer.Answer(400, "Bad Request",
                "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"detail\":\"rejected header " + r.Headers["Authorization"]
                + " (url-encoded Y2xpZW50LWlkOnJpR3BfNThXQW1%2BZFg%3D)\"}", "application/problem+json"));
            using var session = PowerShellSession.Unconnected();

            var result = session.Run(ConnectCustom + " -Debug -Verbose",
                new { api = server.BaseUrl, token = new Uri(server.BaseUrl, "oauth2/token"), secret });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeBadRequest,EnodePS.Cmdlets.Connections.ConnectEnodeCommand", error.FullyQualifiedErrorId);
            Assert.Contains("rejected header Basic ***", error.Exception.Message);
            var everything = result.AllText + "\n" + error.Exception + "\n" + error;
            foreach (var form in new[] { basic, basic.TrimEnd('='), "Y2xpZW50LWlkOnJpR3BfNThXQW1%2BZFg", secret })
                Assert.DoesNotContain(form, everything);
        }

        [Fact]
        public void A_redirecting_api_is_an_error_naming_the_location_and_nothing_reaches_the_other_host()
        {
            using var other = new ScriptedServer(_ => ScriptedServer.Answer(201, "Created", "{\"id\":\"w1\",\"url\":\"https://r.invalid/\"}"));
            var location = new Uri(other.BaseUrl, "webhooks");
            using var api = new ScriptedServer(r => r.Target == "/oauth2/token"
                ? ScriptedServer.Answer(200, "OK", "{\"access_token\":\"api-host-token\",\"token_type\":\"bearer\",\"expires_in\":3600}")
                : ScriptedServer.Answer(307, "Temporary Redirect", "", "text/plain", "Location: " + location));
            using var session = PowerShellSession.Unconnected();
            session.Run(ConnectCustom, new { api = api.BaseUrl, token = new Uri(api.BaseUrl, "oauth2/token"), secret = "client-secret-1" }).AssertSucceeded();

            var result = session.Run("Register-EnodeWebhook -Url https://receiver.invalid/hook -Confirm:$false");

            Assert.Empty(result.Output);
            var error = Assert.Single(result.AllErrors);
            Assert.StartsWith("EnodeRedirect,", error.FullyQualifiedErrorId);
            Assert.Contains(location.ToString(), error.Exception.Message);
            Assert.Empty(other.Received);
        }
    }
}
