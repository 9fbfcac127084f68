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
        private int _kept;

        /// <summary>Secrets shorter than this are not registered: masking them would garble ordinary text.</summary>
        public const int MinimumLength = 6;

        /// <summary>Adds a secret that may be dropped when the set is full (an access token: the oldest goes first).</summary>
        public void Add(string? secret) => Add(secret, keep: false);

        /// <summary>Adds a secret kept for the client's lifetime: the client secret and the forms it is sent in.</summary>
        public void AddKept(string? secret) => Add(secret, keep: true);

        private void Add(string? secret, bool keep)
        {
            if (secret == null || secret.Length < MinimumLength) return;
            lock (_gate)
            {
                if (_secrets.Contains(secret)) return;
                if (keep) _secrets.Insert(_kept++, secret);
                else _secrets.Add(secret);
                if (_secrets.Count > 64 + _kept) _secrets.RemoveAt(_kept); // drop the oldest token
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
