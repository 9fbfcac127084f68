using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client.Webhooks
{
    /// <summary>The event names a webhook can subscribe to (the reference's list for POST and PATCH /webhooks).</summary>
    public static class WebhookEventNames
    {
        public const string All = "*";

        public static readonly IReadOnlyList<string> Subscribable = Facts.ApiFacts.WebhookEvents;

        private static readonly HashSet<string> Known = new HashSet<string>(Subscribable, StringComparer.Ordinal);

        /// <summary>
        /// The names as the API wants them: each one known (compared case-insensitively, sent in the reference's
        /// spelling), duplicates dropped, "*" on its own. Throws ArgumentException naming the parameter and the allowed names.
        /// </summary>
        public static IReadOnlyList<string> Normalize(IEnumerable<string>? names, string parameterName)
        {
            var result = new List<string>();
            foreach (var raw in names ?? Enumerable.Empty<string>())
            {
                var name = (raw ?? "").Trim();
                var known = Subscribable.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase));
                if (known == null)
                    throw new ArgumentException($"'{name}' is not a webhook event. Allowed: {string.Join(", ", Subscribable)}.", parameterName);
                if (!result.Contains(known)) result.Add(known);
            }
            if (result.Count == 0) return new[] { All };
            return result.Contains(All) ? new[] { All } : (IReadOnlyList<string>)result;
        }

        public static bool IsSubscribable(string name) => Known.Contains(name);

        /// <summary>True when both lists subscribe to the same events, whatever their order.</summary>
        public static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) =>
            new HashSet<string>(a, StringComparer.Ordinal).SetEquals(b);
    }
}
