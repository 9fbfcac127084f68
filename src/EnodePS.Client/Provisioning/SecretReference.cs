using System;

namespace EnodePS.Client.Provisioning
{
    /// <summary>
    /// Where a provisioning file says a secret comes from, never the secret itself: "env:NAME" (an environment
    /// variable) or "vault:NAME" / "vault:VAULT/NAME" (a SecretManagement vault, resolved by a resolver that PowerShell
    /// provides).
    /// </summary>
    public sealed class SecretReference
    {
        private SecretReference(string scheme, string name, string text)
        {
            Scheme = scheme;
            Name = name;
            Text = text;
        }

        /// <summary>"env" or "vault".</summary>
        public string Scheme { get; }

        /// <summary>The variable name, or the vault secret's name (with its vault: "Vault/Name").</summary>
        public string Name { get; }

        /// <summary>The reference as written in the file.</summary>
        public string Text { get; }

        public static readonly string[] Schemes = { "env", "vault" };

        public static bool TryParse(string? text, out SecretReference? reference)
        {
            reference = null;
            if (string.IsNullOrWhiteSpace(text)) return false;
            var trimmed = text!.Trim();
            var colon = trimmed.IndexOf(':');
            if (colon <= 0) return false;
            var scheme = trimmed.Substring(0, colon).ToLowerInvariant();
            var name = trimmed.Substring(colon + 1).Trim();
            if (Array.IndexOf(Schemes, scheme) < 0 || name.Length == 0 || name.IndexOf(' ') >= 0) return false;
            reference = new SecretReference(scheme, name, trimmed);
            return true;
        }

        public override string ToString() => Text;
    }
}
