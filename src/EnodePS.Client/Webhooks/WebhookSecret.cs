using System.Security;
using System.Security.Cryptography;

namespace EnodePS.Client.Webhooks
{
    /// <summary>Generates webhook secrets: 256 bits from a cryptographic random generator, as 64 lowercase hex characters.</summary>
    public static class WebhookSecret
    {
        public const int Bytes = 32;

        public static SecureString Generate()
        {
            var random = new byte[Bytes];
            using (var generator = RandomNumberGenerator.Create()) generator.GetBytes(random);
            var secret = new SecureString();
            const string hex = "0123456789abcdef";
            foreach (var b in random)
            {
                secret.AppendChar(hex[b >> 4]);
                secret.AppendChar(hex[b & 0xF]);
            }
            System.Array.Clear(random, 0, random.Length);
            secret.MakeReadOnly();
            return secret;
        }
    }
}
