using System;
using System.Net;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Tests.Support;

namespace EnodePS.Client.Tests.Security
{
    /// <summary>Issue 17, item 4: a token endpoint that echoes the Authorization header shows no credential.</summary>
    public class BasicCredentialMaskingTests
    {
        // Chosen so that the base64 of "client-id:secret" has a '+' and padding: its URL-encoded form differs.
        private const string Secret = "riGp_58WAm~dX";
        private const string Basic = "Y2xpZW50LWlkOnJpR3BfNThXQW1+ZFg=";

        public static readonly string[] Forms =
        {
            Basic, "Y2xpZW50LWlkOnJpR3BfNThXQW1+ZFg", "Y2xpZW50LWlkOnJpR3BfNThXQW1%2BZFg%3D", "Y2xpZW50LWlkOnJpR3BfNThXQW1%2BZFg",
            "client-id:" + Secret, Secret,
        };

        [Fact]
        public async Task The_basic_credential_echoed_in_an_about_blank_problem_is_masked_in_every_form()
        {
            var handler = new RecordingHandler
            {
                TokenAnswer = request =>
                {
                    var echoed = request.Headers.Authorization!.ToString();
                    var detail = $"bad header '{echoed}'; unpadded {Forms[1]}; url-encoded {Forms[2]} or {Forms[3]}; decoded {Forms[4]}";
                    return RecordingHandler.Json(HttpStatusCode.BadRequest,
                        "{\"type\":\"about:blank\",\"title\":\"Bad Request " + Forms[1] + "\",\"detail\":\"" + detail + "\"}");
                },
            };
            using var client = RecordingHandler.Client(handler, o => o.ClientSecret = SecureStrings.FromPlain(Secret));

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.GetAccessTokenAsync());

            Assert.Equal("Basic " + Basic, handler.Sent.ToArray()[0].Headers["Authorization"]);
            foreach (var form in Forms)
            {
                Assert.DoesNotContain(form, error.Message);
                Assert.DoesNotContain(form, error.ToString());
            }
            Assert.Contains("***", error.Detail);
            Assert.Null(error.ProblemSlug);
            Assert.StartsWith("Bad Request *** (400) on POST ", error.Message);
        }

        [Fact]
        public async Task A_problem_without_a_title_is_worded_HTTP_status_once()
        {
            var handler = new RecordingHandler { TokenAnswer = _ => RecordingHandler.Json(HttpStatusCode.Unauthorized, "{\"detail\":\"no such client\"}") };
            using var client = RecordingHandler.Client(handler);

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.GetAccessTokenAsync());

            Assert.StartsWith("HTTP 401 on POST ", error.Message);
        }
    }
}
