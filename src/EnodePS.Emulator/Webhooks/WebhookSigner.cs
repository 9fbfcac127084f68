using System.Security.Cryptography;
using System.Text;

namespace EnodePS.Emulator.Webhooks
{
    /// <summary>The x-enode-signature value: "sha1=" and the lowercase hex HMAC-SHA1 of the raw body, keyed with the webhook's secret.</summary>
    public static class WebhookSigner
    {
        public const string Prefix = "sha1=";

        public static string Sign(byte[] body, string secret)
        {
            using (var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret)))
            {
                var hash = hmac.ComputeHash(body);
                var text = new StringBuilder(Prefix, Prefix.Length + hash.Length * 2);
                foreach (var b in hash) text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                return text.ToString();
            }
        }
    }
}
