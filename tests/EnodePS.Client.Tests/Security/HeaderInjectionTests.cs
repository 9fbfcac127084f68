using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Tests.Support;
using EnodePS.Client.Validation;
using EnodePS.Client.Webhooks;

namespace EnodePS.Client.Tests.Security
{
    /// <summary>Issue 17, item 7: no value reaches a header with a line break in it.</summary>
    public class HeaderInjectionTests
    {
        [Theory]
        [InlineData("2024-10-01\n")]
        [InlineData("2024-10-01\r\nX-Injected: 1")]
        [InlineData("2024-10-01 ")]
        [InlineData("")]
        public void An_api_version_with_anything_after_the_date_is_refused_before_any_request(string version)
        {
            var handler = new RecordingHandler();

            var error = Assert.Throws<EnodeValidationException>(() => RecordingHandler.Client(handler, o => o.ApiVersion = version));

            Assert.Equal("ApiVersion", error.ParameterName);
            Assert.Empty(handler.Sent);
        }

        [Fact]
        public async Task The_enode_version_header_is_the_date_alone()
        {
            var handler = new RecordingHandler();
            using var client = RecordingHandler.Client(handler, o => o.ApiVersion = "2024-10-01");

            try { await client.Vehicles.GetAsync("v1"); } catch (Errors.EnodeApiException) { }

            Assert.Equal("2024-10-01", handler.ApiRequests.Single().Headers["Enode-Version"]);
        }

        [Theory]
        [InlineData("token\r\nX-Injected: 1")]
        [InlineData("token\n")]
        [InlineData("token\r")]
        public void A_webhook_authentication_header_value_with_a_line_break_is_refused(string value)
        {
            var error = Assert.Throws<EnodeValidationException>(() => new WebhookHeader("X-Auth", SecureStrings.FromPlain(value)));
            Assert.Equal("value", error.ParameterName);
            Assert.DoesNotContain("token", error.Message);
        }

        [Theory]
        [InlineData("X-Auth\n")]
        [InlineData("X Auth")]
        [InlineData("X-Auth:")]
        [InlineData("X-Äuth")]
        public void A_webhook_authentication_header_name_that_is_no_http_token_is_refused(string name)
        {
            var error = Assert.Throws<EnodeValidationException>(() => new WebhookHeader(name, SecureStrings.FromPlain("token")));
            Assert.Equal("name", error.ParameterName);
        }
    }
}
