using System;
using System.Security.Cryptography;
using System.Text;

namespace EnodePS.Client.Webhooks
{
    /// <summary>
    /// Checks the x-enode-signature header of a delivery: "sha1=" and the hex HMAC-SHA1 of the raw body, keyed with the
    /// webhook's secret. The comparison takes the same time wherever the first difference is.
    /// </summary>
    public static class WebhookSignature
    {
        public const string HeaderName = "x-enode-signature";
        public const string Prefix = "sha1=";
        private const int HashBytes = 20;

        /// <summary>The header value the body would carry when signed with the secret.</summary>
        public static string Compute(byte[] body, string secret)
        {
            var hash = Hash(body, secret);
            var text = new StringBuilder(Prefix, Prefix.Length + HashBytes * 2);
            foreach (var b in hash) text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return text.ToString();
        }

        public static SignatureCheck Verify(byte[] body, string? header, string secret)
        {
            if (body == null) throw new ArgumentNullException(nameof(body));
            if (string.IsNullOrEmpty(secret)) throw new ArgumentException("The webhook secret must not be empty.", nameof(secret));
            if (string.IsNullOrWhiteSpace(header)) return SignatureCheck.Missing;
            if (!TryParse(header!.Trim(), out var claimed)) return SignatureCheck.Malformed;
            return FixedTimeEquals(claimed, Hash(body, secret)) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
        }

        public static SignatureCheck Verify(string body, string? header, string secret) =>
            Verify(Encoding.UTF8.GetBytes(body ?? ""), header, secret);

        /// <summary>What a check result means, for error messages.</summary>
        public static string Describe(SignatureCheck check)
        {
            switch (check)
            {
                case SignatureCheck.Valid: return "The signature is valid.";
                case SignatureCheck.Mismatch: return "The signature does not match the body: the body was changed, or it was signed with another secret.";
                case SignatureCheck.Missing: return $"The {HeaderName} header is missing or empty.";
                default: return $"The {HeaderName} header is malformed: expected \"{Prefix}\" followed by 40 hexadecimal digits.";
            }
        }

        private static byte[] Hash(byte[] body, string secret)
        {
            using (var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret)))
                return hmac.ComputeHash(body);
        }

        private static bool TryParse(string header, out byte[] hash)
        {
            hash = new byte[HashBytes];
            if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header.Length != Prefix.Length + HashBytes * 2) return false;
            for (var i = 0; i < HashBytes; i++)
            {
                var high = HexValue(header[Prefix.Length + 2 * i]);
                var low = HexValue(header[Prefix.Length + 2 * i + 1]);
                if (high < 0 || low < 0) return false;
                hash[i] = (byte)((high << 4) | low);
            }
            return true;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        private static bool FixedTimeEquals(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            var difference = 0;
            for (var i = 0; i < a.Length; i++) difference |= a[i] ^ b[i];
            return difference == 0;
        }
    }
}
