using System;
using System.Linq;
using System.Management.Automation;
using System.Security.Cryptography;
using System.Text;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Webhooks
{
    /// <summary>The receiving side: what a PowerShell HTTP handler (Azure Functions, Pode) runs, with no connection.</summary>
    public class TestEnodeWebhookSignatureTests
    {
        internal const string Secret = "receiver-secret-0123456789";
        internal const string Body = "[{\"event\":\"enode:webhook:test\",\"createdAt\":\"2024-10-01T08:00:00.000Z\",\"version\":\"2024-10-01\"}]";

        internal static string Sign(string body, string secret)
        {
            using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret));
            return "sha1=" + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
        }

        [Fact]
        public void A_valid_signature_is_true_for_string_or_byte_bodies_and_secure_or_plain_secrets()
        {
            using var session = PowerShellSession.Unconnected();
            var signature = Sign(Body, Secret);

            var checks = session.Invoke(@"
                $bytes = [System.Text.Encoding]::UTF8.GetBytes($body)
                Test-EnodeWebhookSignature -Body $body -Signature $signature -Secret $secret
                Test-EnodeWebhookSignature -Body $bytes -Signature $signature -Secret (ConvertTo-SecureString $secret -AsPlainText -Force)
                Test-EnodeWebhookSignature -Body @($bytes | ForEach-Object { $_ }) -Signature $signature -Secret $secret
                Test-EnodeWebhookSignature $body $signature $secret",
                new { body = Body, signature, secret = Secret });

            Assert.Equal(new object[] { true, true, true, true }, checks);
        }

        [Fact]
        public void A_tampered_body_or_another_secret_is_false_without_an_error()
        {
            using var session = PowerShellSession.Unconnected();
            var signature = Sign(Body, Secret);

            var tampered = session.Run("Test-EnodeWebhookSignature -Body $body -Signature $signature -Secret $secret",
                new { body = Body.Replace("08:00", "09:00"), signature, secret = Secret });
            var otherSecret = session.Run("Test-EnodeWebhookSignature -Body $body -Signature $signature -Secret 'not-the-secret'",
                new { body = Body, signature });

            Assert.Equal(false, tampered.Objects.Single());
            Assert.Empty(tampered.AllErrors);
            Assert.Equal(false, otherSecret.Objects.Single());
            Assert.Empty(otherSecret.AllErrors);
        }

        [Theory]
        [InlineData("$null", "EnodeWebhookSignatureMissing")]
        [InlineData("''", "EnodeWebhookSignatureMissing")]
        [InlineData("'sha256=abc'", "EnodeWebhookSignatureMalformed")]
        public void A_missing_or_malformed_header_is_false_with_a_clear_error(string signature, string errorId)
        {
            using var session = PowerShellSession.Unconnected();

            var result = session.Run($"Test-EnodeWebhookSignature -Body $body -Signature {signature} -Secret $secret", new { body = Body, secret = Secret });

            Assert.Equal(false, result.Objects.Single());
            var error = Assert.Single(result.AllErrors);
            Assert.Equal(errorId + ",EnodePS.Cmdlets.Webhooks.TestEnodeWebhookSignatureCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Equal("x-enode-signature", error.TargetObject);
            Assert.Contains("x-enode-signature", error.Exception.Message);
            Assert.DoesNotContain(Secret, result.AllText);
        }

        [Fact]
        public void A_parsed_object_instead_of_the_raw_body_is_refused()
        {
            using var session = PowerShellSession.Unconnected();

            var result = session.Run("Test-EnodeWebhookSignature -Body ($body | ConvertFrom-Json) -Signature $signature -Secret $secret",
                new { body = Body, signature = Sign(Body, Secret), secret = Secret });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Webhooks.TestEnodeWebhookSignatureCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("-Body", error.Exception.Message);
            Assert.Empty(result.Output);
        }

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Test-EnodeWebhookSignature");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Test-EnodeWebhookSignature");
    }
}
