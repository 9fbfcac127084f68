using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using EnodePS.Emulator;

namespace EnodePS.Reliability.Tests.Security
{
    /// <summary>
    /// Collects the secrets that went over the wire, as the emulator received them: the client secret, every
    /// Authorization header value (and the token or credentials inside it), and every secret-like field of a request
    /// body (webhook secrets, header values). New kinds of secret-bearing requests are covered without changes here.
    /// </summary>
    public static class SecretHarvest
    {
        private static readonly string[] SecretFieldNames = { "secret", "clientSecret", "client_secret", "password", "token", "access_token", "headerValue" };

        public static IEnumerable<(string Kind, string Value)> From(EnodeEmulator emulator)
        {
            yield return ("client secret", emulator.RevealClientSecret());
            foreach (var request in emulator.Journal.Snapshot())
            {
                foreach (var header in request.Headers.Where(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)))
                {
                    yield return ("Authorization header", header.Value);
                    var space = header.Value.IndexOf(' ');
                    if (space <= 0) continue;
                    var scheme = header.Value.Substring(0, space);
                    var credential = header.Value.Substring(space + 1).Trim();
                    yield return (scheme + " credential", credential);
                    if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && TryDecodeBasic(credential, out var secret))
                        yield return ("client secret from Basic", secret);
                }
                foreach (var field in SecretFields(request.Body)) yield return ("request body field", field);
            }
        }

        private static bool TryDecodeBasic(string credential, out string secret)
        {
            secret = "";
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(credential));
                var colon = pair.IndexOf(':');
                if (colon < 0) return false;
                secret = Uri.UnescapeDataString(pair.Substring(colon + 1));
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private static IEnumerable<string> SecretFields(string body)
        {
            if (string.IsNullOrWhiteSpace(body) || (body[0] != '{' && body[0] != '[')) return Array.Empty<string>();
            try
            {
                using var document = JsonDocument.Parse(body);
                var found = new List<string>();
                Walk(document.RootElement, null, found);
                return found;
            }
            catch (JsonException)
            {
                return Array.Empty<string>();
            }
        }

        private static void Walk(JsonElement element, string? name, List<string> found)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject()) Walk(property.Value, property.Name, found);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Walk(item, name, found);
                    break;
                case JsonValueKind.String:
                    if (name != null && SecretFieldNames.Contains(name, StringComparer.OrdinalIgnoreCase)) found.Add(element.GetString()!);
                    break;
            }
        }
    }
}
