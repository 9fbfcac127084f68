using System;
using System.Security;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Webhooks
{
    /// <summary>An authentication header a webhook sends with each delivery. The value is write-only.</summary>
    public sealed class WebhookHeader
    {
        public WebhookHeader(string name, SecureString value)
        {
            if (string.IsNullOrWhiteSpace(name) || !NameShape.IsMatch(name.Trim(' ')))
                throw new EnodeValidationException(nameof(name), name, "a header name: letters, digits and !#$%&'*+-.^_`|~, without ':', spaces or line breaks.");
            if (value == null || value.Length == 0)
                throw new EnodeValidationException(nameof(value), "(empty)", $"the authentication header '{name}' needs a value.");
            var plain = SecureStrings.ToPlain(value);
            if (plain.IndexOf('\r') >= 0 || plain.IndexOf('\n') >= 0)
                throw new EnodeValidationException(nameof(value), "***", "a header value without line breaks (CR or LF).");
            Name = name.Trim(' ');
            Value = value;
        }

        private static readonly System.Text.RegularExpressions.Regex NameShape =
            new System.Text.RegularExpressions.Regex(@"\A[A-Za-z0-9!#$%&'*+.^_`|~-]+\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        public string Name { get; }
        public SecureString Value { get; }

        public override string ToString() => Name;
    }
}
