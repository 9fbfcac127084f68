using System;
using System.Security.Cryptography;
using System.Text;
using EnodePS.Client.Webhooks;

namespace EnodePS.Client.Tests
{
    public class WebhookSignatureTests
    {
        private const string Secret = "9f86d081884c7d659a2feaa0c55ad015";
        private static readonly byte[] Body = Encoding.UTF8.GetBytes("[{\"event\":\"user:vehicle:updated\",\"createdAt\":\"2024-10-01T08:00:00.000Z\",\"version\":\"2024-10-01\",\"note\":\"blåbær\"}]");

        /// <summary>Computed here with the platform's HMAC and hex conversion, independently of the client.</summary>
        private static string Independent(byte[] body, string secret)
        {
            using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret));
            return "sha1=" + Convert.ToHexString(hmac.ComputeHash(body)).ToLowerInvariant();
        }

        [Fact]
        public void A_body_signed_with_the_secret_is_valid_in_lower_or_upper_case()
        {
            var header = Independent(Body, Secret);

            Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Body, header, Secret));
            Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Body, "SHA1=" + header.Substring(5).ToUpperInvariant(), Secret));
            Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Encoding.UTF8.GetString(Body), header, Secret));
            Assert.Equal(header, WebhookSignature.Compute(Body, Secret));
        }

        [Fact]
        public void A_tampered_body_does_not_match()
        {
            var header = Independent(Body, Secret);
            var tampered = (byte[])Body.Clone();
            tampered[tampered.Length - 3] ^= 1;

            Assert.Equal(SignatureCheck.Mismatch, WebhookSignature.Verify(tampered, header, Secret));
        }

        [Fact]
        public void Another_secret_does_not_match()
        {
            Assert.Equal(SignatureCheck.Mismatch, WebhookSignature.Verify(Body, Independent(Body, "another-secret-entirely"), Secret));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        public void A_missing_header_is_reported_as_missing(string? header)
        {
            Assert.Equal(SignatureCheck.Missing, WebhookSignature.Verify(Body, header, Secret));
        }

        [Theory]
        [InlineData("0123456789abcdef0123456789abcdef01234567")]
        [InlineData("sha256=0123456789abcdef0123456789abcdef01234567")]
        [InlineData("sha1=0123456789abcdef0123456789abcdef0123456")]
        [InlineData("sha1=0123456789abcdef0123456789abcdef012345678")]
        [InlineData("sha1=0123456789abcdef0123456789abcdef0123456z")]
        public void A_malformed_header_is_reported_as_malformed(string header)
        {
            Assert.Equal(SignatureCheck.Malformed, WebhookSignature.Verify(Body, header, Secret));
            Assert.Contains("sha1=", WebhookSignature.Describe(SignatureCheck.Malformed));
        }

        [Fact]
        public void An_empty_secret_is_an_argument_error_not_a_pass()
        {
            Assert.Throws<ArgumentException>(() => WebhookSignature.Verify(Body, Independent(Body, Secret), ""));
        }

        [Fact]
        public void Generated_secrets_are_256_random_bits_in_hex_and_differ_each_time()
        {
            var a = SecureStrings.ToPlain(WebhookSecret.Generate());
            var b = SecureStrings.ToPlain(WebhookSecret.Generate());

            Assert.Matches("^[0-9a-f]{64}$", a);
            Assert.NotEqual(a, b);
        }
    }
}
