using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace EnodePS.Client.Logging
{
    /// <summary>Removes secrets from text bound for a log: known header values, token fields, and registered secrets.</summary>
    public static class Redactor
    {
        public const string Mask = "***";

        private static readonly HashSet<string> SecretHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "x-enode-signature",
        };

        private static readonly Regex SecretJsonFields = new Regex(
            "(\"(?:access_token|refresh_token|client_secret|secret|password|token|headerValue)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex SecretFormFields = new Regex(
            "((?:^|&)(?:client_secret|password|access_token)=)[^&]*",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

        public static string Header(string name, string value) => IsSecretHeader(name) ? Mask : value;

        public static string Body(string body)
        {
            var text = SecretJsonFields.Replace(body, "$1\"" + Mask + "\"");
            return SecretFormFields.Replace(text, "$1" + Mask);
        }
    }
}
