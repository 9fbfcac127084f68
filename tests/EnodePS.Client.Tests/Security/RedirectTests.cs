using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Tests.Support;
using EnodePS.Tests.Shared;
using EnodePS.Client.Webhooks;

namespace EnodePS.Client.Tests.Security
{
    /// <summary>Issue 17, item 3: no redirect is followed, and an answer without its id is not taken for one.</summary>
    public class RedirectTests
    {
        private const string Token = "{\"access_token\":\"token-of-the-api-host\",\"token_type\":\"bearer\",\"expires_in\":3600}";

        private static EnodeClient Client(Uri api, Uri token) => new EnodeClient(new EnodeClientOptions
        {
            Environment = EnodeEnvironment.Custom,
            ApiUrl = api,
            TokenUrl = token,
            ClientId = "client-id",
            ClientSecret = SecureStrings.FromPlain("client-secret"),
            Retry = new RetryOptions { MaxRetries = 0 },
        });

        [Fact]
        public async Task An_api_redirect_is_an_error_naming_the_location_and_the_body_never_reaches_the_other_host()
        {
            using var other = new ScriptedServer(_ => ScriptedServer.Answer(200, "OK", "{\"id\":\"x\",\"url\":\"https://a.invalid/\"}"));
            var location = new Uri(other.BaseUrl, "webhooks");
            using var api = new ScriptedServer(r => r.Target == "/oauth2/token"
                ? ScriptedServer.Answer(200, "OK", Token)
                : ScriptedServer.Answer(307, "Temporary Redirect", "", "text/plain", "Location: " + location));
            using var client = Client(api.BaseUrl, new Uri(api.BaseUrl, "oauth2/token"));

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.Webhooks.CreateAsync(new WebhookSettings
            {
                Url = "https://receiver.invalid/hook",
                Secret = SecureStrings.FromPlain("webhook-secret-1234"),
            }));

            Assert.Equal(307, error.StatusCode);
            Assert.Contains(location.ToString(), error.Message);
            Assert.Empty(other.Received);
        }

        [Fact]
        public async Task A_token_endpoint_redirect_is_an_error_and_no_token_from_the_other_host_is_taken()
        {
            using var other = new ScriptedServer(_ => ScriptedServer.Answer(200, "OK",
                "{\"access_token\":\"token-of-another-host\",\"token_type\":\"bearer\",\"expires_in\":3600}"));
            var location = new Uri(other.BaseUrl, "oauth2/token");
            using var api = new ScriptedServer(_ => ScriptedServer.Answer(307, "Temporary Redirect", "", "text/plain", "Location: " + location));
            using var client = Client(api.BaseUrl, new Uri(api.BaseUrl, "oauth2/token"));

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.GetAccessTokenAsync());

            Assert.Equal(307, error.StatusCode);
            Assert.Contains(location.ToString(), error.Message);
            Assert.Empty(other.Received);
        }

        [Theory]
        [InlineData("{\"url\":\"https://receiver.invalid/hook\",\"events\":[\"*\"]}")]
        [InlineData("{\"id\":\"\",\"url\":\"\"}")]
        public async Task A_created_webhook_answer_without_an_id_is_an_invalid_response(string answer)
        {
            var handler = new RecordingHandler { Answer = _ => RecordingHandler.Json(HttpStatusCode.OK, answer) };
            using var client = RecordingHandler.Client(handler);

            var error = await Assert.ThrowsAsync<EnodeProtocolException>(() => client.Webhooks.CreateAsync(new WebhookSettings
            {
                Url = "https://receiver.invalid/hook",
                Secret = SecureStrings.FromPlain("webhook-secret-1234"),
            }));

            Assert.Contains("no id", error.Message);
            Assert.Single(handler.ApiRequests, r => r.Method == "POST");
        }
    }
}
