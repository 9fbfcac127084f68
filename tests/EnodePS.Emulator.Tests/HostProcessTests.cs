using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Tests.Support;

namespace EnodePS.Emulator.Tests
{
    /// <summary>The console host as other languages use it: start the process, read what it prints, call it, stop it.</summary>
    public class HostProcessTests
    {
        private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
        private static readonly TimeSpan Shutdown = TimeSpan.FromSeconds(30);

        private static string Value(string line) => line.Substring(line.IndexOf(':') + 1).Trim();

        [Fact]
        public async Task The_host_prints_where_it_listens_and_the_credentials_serves_the_api_and_stops_on_sigterm()
        {
            using var host = HostProcess.Start("--port", "0", "--seed", "7", "--vehicle-count", "4", "--token-lifetime", "600",
                "--action-delay", "0.25", "--action-timeout", "90");
            var apiUrl = new Uri(Value(host.WaitForLine("ApiUrl:", Startup)));
            var tokenUrl = new Uri(Value(host.WaitForLine("TokenUrl:", Startup)));
            var clientId = Value(host.WaitForLine("ClientId:", Startup));
            var secret = Value(host.WaitForLine("ClientSecret:", Startup));
            Assert.Equal("127.0.0.1", apiUrl.Host);
            Assert.NotEqual(0, apiUrl.Port);

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var tokenRequest = new HttpRequestMessage(HttpMethod.Post, tokenUrl)
            {
                Content = new StringContent("grant_type=client_credentials", Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
            tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(clientId + ":" + secret)));
            var token = JsonNode.Parse(await (await http.SendAsync(tokenRequest)).Content.ReadAsStringAsync())!;
            Assert.Equal(600, token["expires_in"]!.GetValue<int>());

            var list = new HttpRequestMessage(HttpMethod.Get, new Uri(apiUrl, "vehicles"));
            list.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token["access_token"]!.GetValue<string>());
            var vehicles = JsonNode.Parse(await (await http.SendAsync(list)).Content.ReadAsStringAsync())!;
            Assert.Equal(4, vehicles["data"]!.AsArray().Count);

            var info = JsonNode.Parse(await http.GetStringAsync(new Uri(apiUrl, "_emulator/info")))!;
            Assert.Equal(7, info["seed"]!.GetValue<int>());
            Assert.Equal(0.25, info["actionDelaySeconds"]!.GetValue<double>());
            Assert.Equal(90, info["actionTimeoutSeconds"]!.GetValue<double>());

            if (!host.Signal(HostProcess.SigTerm)) return; // Windows: no signals to send; disposing kills the process
            Assert.True(host.WaitForExit(Shutdown), "the host did not stop on SIGTERM");
            Assert.Equal(0, host.ExitCode);
            Assert.Contains("Stopped.", host.Output);
        }

        [Fact]
        public void With_json_the_host_prints_one_line_tools_can_parse_and_stops_on_ctrl_c()
        {
            using var host = HostProcess.Start("--port", "0", "--json", "--client-id", "tool-client");

            var details = JsonNode.Parse(host.WaitForLine("{", Startup))!;

            Assert.Equal("tool-client", details["clientId"]!.GetValue<string>());
            Assert.Equal(new Uri(details["apiUrl"]!.GetValue<string>()).Port, details["port"]!.GetValue<int>());
            Assert.EndsWith("/oauth2/token", details["tokenUrl"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(details["clientSecret"]!.GetValue<string>()));

            if (!host.Signal(HostProcess.SigInt)) return;
            Assert.True(host.WaitForExit(Shutdown), "the host did not stop on SIGINT");
            Assert.Equal(0, host.ExitCode);
        }

        [Fact]
        public void A_bad_option_is_exit_code_2_with_a_message_naming_it()
        {
            using var host = HostProcess.Start("--vehicle-count", "many");

            Assert.True(host.WaitForExit(Startup), "the host did not exit");
            Assert.Equal(2, host.ExitCode);
            Assert.Contains("--vehicle-count", host.Errors);
            Assert.Contains("--port", host.Errors); // the usage follows
        }
    }
}
