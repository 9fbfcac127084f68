using System.Text;
using System.Text.RegularExpressions;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// PowerShell-style wildcard matching (* ? [abc]), case-insensitive. PowerShell's own WildcardPattern is inert
    /// outside a PowerShell process, so cmdlets use this to behave the same everywhere.
    /// </summary>
    public static class WildcardMatcher
    {
        public static bool IsMatch(string pattern, string text)
        {
            var regex = new StringBuilder("^");
            foreach (var c in pattern)
            {
                switch (c)
                {
                    case '*': regex.Append(".*"); break;
                    case '?': regex.Append('.'); break;
                    case '[': regex.Append('['); break;
                    case ']': regex.Append(']'); break;
                    default: regex.Append(Regex.Escape(c.ToString())); break;
                }
            }
            return Regex.IsMatch(text, regex.Append("\\z").ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        public static bool HasWildcards(string? text) => text != null && text.IndexOfAny(new[] { '*', '?', '[' }) >= 0;
    }
}
