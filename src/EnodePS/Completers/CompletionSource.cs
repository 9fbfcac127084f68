using System;
using System.Collections.Generic;
using System.Linq;
using EnodePS.Infrastructure;

namespace EnodePS.Completers
{
    /// <summary>
    /// Picks the candidates that match the word being completed: wildcards when the word has them, else a
    /// case-insensitive prefix, else (so that "model" finds "TESLA_MODEL") a substring. Keeps the candidates' order
    /// and each value once. Quotes a value when PowerShell would not read it as one bare word.
    /// </summary>
    public static class CompletionSource
    {
        public static IReadOnlyList<string> Matching(IEnumerable<string> candidates, string wordToComplete)
        {
            var word = Unquote(wordToComplete ?? "");
            var distinct = candidates.Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (word.Length == 0) return distinct;
            if (WildcardMatcher.HasWildcards(word)) return distinct.Where(c => WildcardMatcher.IsMatch(word, c)).ToList();
            var prefixed = distinct.Where(c => c.StartsWith(word, StringComparison.OrdinalIgnoreCase)).ToList();
            return prefixed.Count > 0 ? prefixed : distinct.Where(c => c.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0).ToList();
        }

        private static readonly char[] NeedsQuotes = " \t,;(){}[]$`#@'\"&|<>*?".ToCharArray();

        /// <summary>The text to insert: the value itself, or single-quoted when it has characters PowerShell would read.</summary>
        public static string Quote(string value) =>
            value.IndexOfAny(NeedsQuotes) >= 0 || value.StartsWith("-", StringComparison.Ordinal)
                ? "'" + value.Replace("'", "''") + "'"
                : value;

        private static string Unquote(string word)
        {
            word = word.Trim();
            if (word.Length > 0 && (word[0] == '\'' || word[0] == '"')) word = word.Substring(1);
            if (word.Length > 0 && (word[word.Length - 1] == '\'' || word[word.Length - 1] == '"')) word = word.Substring(0, word.Length - 1);
            return word;
        }
    }
}
