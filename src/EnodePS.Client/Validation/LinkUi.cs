using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client.Validation
{
    /// <summary>Settings of the Link UI page a link session opens: language, color scheme and where it returns to.</summary>
    public static class LinkUi
    {
        /// <summary>"browser" follows the user's browser (falling back to en-US); the others are the locales Link UI speaks.</summary>
        public static readonly IReadOnlyList<string> Languages = new[]
        {
            "browser", "da-DK", "de-DE", "en-US", "en-GB", "es-ES", "fi-FI", "fr-FR", "it-IT", "ja-JP", "lv-LV", "lt-LT",
            "nb-NO", "nl-NL", "nl-BE", "pl-PL", "pt-PT", "ro-RO", "sv-SE",
        };

        private static readonly System.Text.RegularExpressions.Regex SchemeFirst = new System.Text.RegularExpressions.Regex("^[A-Za-z][A-Za-z0-9+.\\-]*:");

        public static readonly IReadOnlyList<string> ColorSchemes = new[] { "system", "light", "dark" };

        public static string Language(string language, string parameterName)
        {
            var match = Languages.FirstOrDefault(l => string.Equals(l, language?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match == null) throw new EnodeValidationException(parameterName, language, "one of " + string.Join(", ", Languages) + ".");
            return match;
        }

        public static string ColorScheme(string scheme, string parameterName) =>
            AssetTypes.Check(scheme, ColorSchemes, parameterName);

        /// <summary>An absolute URI (https://..., or an app's own scheme); about:blank is not accepted by the API.</summary>
        public static string RedirectUri(string uri, string parameterName)
        {
            // The scheme test matters: on Linux and macOS, .NET takes "/path" for an absolute file URI.
            if (string.IsNullOrWhiteSpace(uri) || !SchemeFirst.IsMatch(uri.Trim()) || !Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed)
                || string.Equals(uri.Trim(), "about:blank", StringComparison.OrdinalIgnoreCase))
                throw new EnodeValidationException(parameterName, uri, "an absolute URI such as https://example.com/linked or myapp://linked (about:blank is not allowed).");
            return parsed.OriginalString;
        }
    }
}
