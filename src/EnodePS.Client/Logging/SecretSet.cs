using System;
using System.Collections.Generic;

namespace EnodePS.Client.Logging
{
    /// <summary>
    /// The secret strings one client knows (its client secret, the tokens it was issued, webhook secrets it sent).
    /// Any text bound for a log or an error is scrubbed of them, whatever field or header they turn up in.
    /// </summary>
    public sealed class SecretSet
    {
        private readonly object _gate = new object();
        private readonly List<string> _secrets = new List<string>();

        /// <summary>Secrets shorter than this are not registered: masking them would garble ordinary text.</summary>
        public const int MinimumLength = 6;

        public void Add(string? secret)
        {
            if (secret == null || secret.Length < MinimumLength) return;
            lock (_gate)
            {
                if (_secrets.Contains(secret)) return;
                _secrets.Add(secret);
                if (_secrets.Count > 64) _secrets.RemoveAt(1); // keep the client secret (first), drop the oldest token
            }
        }

        public string Scrub(string text)
        {
            lock (_gate)
            {
                foreach (var secret in _secrets)
                    if (text.IndexOf(secret, StringComparison.Ordinal) >= 0)
                        text = text.Replace(secret, Redactor.Mask);
            }
            return text;
        }
    }
}
