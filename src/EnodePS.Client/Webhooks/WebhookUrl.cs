using System;

namespace EnodePS.Client.Webhooks
{
    /// <summary>Which URLs a webhook may have: HTTPS, or plain HTTP to this machine (for the emulator and local receivers).</summary>
    public static class WebhookUrl
    {
        public static Uri Validate(string? url, string parameterName)
        {
            if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var uri))
                throw new ArgumentException($"'{url}' is not an absolute URL. Give an https:// URL.", parameterName);
            if (uri.Scheme == Uri.UriSchemeHttps) return uri;
            if (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback) return uri;
            throw new ArgumentException(
                $"'{url}' is not allowed: webhook URLs must use https:// (plain http:// only to a loopback address such as 127.0.0.1, for the emulator).",
                parameterName);
        }

        /// <summary>True when two webhook URLs address the same endpoint (scheme and host compared case-insensitively).</summary>
        public static bool Same(string a, string b)
        {
            if (string.Equals(a, b, StringComparison.Ordinal)) return true;
            return Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
                && string.Equals(x.AbsoluteUri, y.AbsoluteUri, StringComparison.Ordinal);
        }
    }
}
