using System;
using EnodePS.Client.Tests.Support;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Tests.Security
{
    /// <summary>Issue 17, item 2: the client secret never goes out over plain HTTP. Nothing here leaves the machine.</summary>
    public class ConnectionUrlTests
    {
        private static EnodeClient Client(string apiUrl, string tokenUrl) => new EnodeClient(new EnodeClientOptions
        {
            Environment = EnodeEnvironment.Custom,
            ApiUrl = new Uri(apiUrl),
            TokenUrl = new Uri(tokenUrl),
            ClientId = "client-id",
            ClientSecret = SecureStrings.FromPlain("client-secret"),
        });

        [Theory]
        [InlineData("http://enode.invalid/", "https://oauth.enode.invalid/oauth2/token", "ApiUrl")]
        [InlineData("https://enode.invalid/", "http://oauth.enode.invalid/oauth2/token", "TokenUrl")]
        [InlineData("http://enode.invalid/", "http://enode.invalid/oauth2/token", "ApiUrl")]
        [InlineData("ftp://enode.invalid/", "https://enode.invalid/oauth2/token", "ApiUrl")]
        [InlineData("http://10.0.0.1.invalid/", "https://enode.invalid/oauth2/token", "ApiUrl")]
        public void Plain_http_to_a_host_off_this_machine_is_refused_naming_the_url(string api, string token, string parameter)
        {
            var error = Assert.Throws<EnodeValidationException>(() => Client(api, token));

            Assert.Equal(parameter, error.ParameterName);
            Assert.Contains("https://", error.Message);
            Assert.Contains("loopback", error.Message);
        }

        [Theory]
        [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/oauth2/token")]
        [InlineData("http://localhost:5000/", "http://localhost:5000/oauth2/token")]
        [InlineData("http://[::1]:5000/", "http://[::1]:5000/oauth2/token")]
        [InlineData("https://enode.invalid/", "https://enode.invalid/oauth2/token")]
        public void Https_and_plain_http_to_loopback_are_accepted(string api, string token)
        {
            using var client = Client(api, token);
            Assert.Equal(new Uri(token), client.TokenUrl);
        }
    }
}
