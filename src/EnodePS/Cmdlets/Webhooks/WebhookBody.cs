using System.Linq;
using System.Security;
using System.Text;
using EnodePS.Client;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>The forms a webhook body and secret arrive in from PowerShell HTTP handlers.</summary>
    internal static class WebhookBody
    {
        public static byte[]? Bytes(object? value, out string? problem)
        {
            problem = null;
            switch (WebhookParameters.Unwrap(value))
            {
                case null: return new byte[0];
                case string text: return Encoding.UTF8.GetBytes(text);
                case byte[] bytes: return bytes;
                case object[] items when items.All(i => WebhookParameters.Unwrap(i) is byte):
                    return items.Select(i => (byte)WebhookParameters.Unwrap(i)!).ToArray();
                default:
                    problem = "give the raw body as received, as a string or a byte array (not a parsed object: re-serialising changes the bytes the signature covers).";
                    return null;
            }
        }

        public static string? SecretText(object? value, out string? problem)
        {
            problem = null;
            var secret = WebhookParameters.Unwrap(value) switch
            {
                SecureString secure => SecureStrings.ToPlain(secure),
                string text => text,
                _ => null,
            };
            if (string.IsNullOrEmpty(secret)) problem = "give the webhook's secret as a SecureString or a string.";
            return string.IsNullOrEmpty(secret) ? null : secret;
        }
    }
}
