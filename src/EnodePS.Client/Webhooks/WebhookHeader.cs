using System;
using System.Security;

namespace EnodePS.Client.Webhooks
{
    /// <summary>An authentication header a webhook sends with each delivery. The value is write-only.</summary>
    public sealed class WebhookHeader
    {
        public WebhookHeader(string name, SecureString value)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The authentication header needs a name.", nameof(name));
            if (name.IndexOfAny(new[] { ':', ' ', '\r', '\n' }) >= 0)
                throw new ArgumentException($"'{name}' is not a valid header name.", nameof(name));
            if (value == null || value.Length == 0) throw new ArgumentException($"The authentication header '{name}' needs a value.", nameof(value));
            Name = name.Trim();
            Value = value;
        }

        public string Name { get; }
        public SecureString Value { get; }

        public override string ToString() => Name;
    }
}
