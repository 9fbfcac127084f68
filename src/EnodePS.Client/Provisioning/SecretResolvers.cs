using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;

namespace EnodePS.Client.Provisioning
{
    /// <summary>The resolvers available to a provisioning run, by scheme.</summary>
    public sealed class SecretResolvers
    {
        private readonly Dictionary<string, ISecretResolver> _byScheme = new Dictionary<string, ISecretResolver>(StringComparer.OrdinalIgnoreCase);

        public SecretResolvers(params ISecretResolver[] resolvers)
        {
            foreach (var resolver in resolvers) Add(resolver);
        }

        public void Add(ISecretResolver resolver) => _byScheme[resolver.Scheme] = resolver;

        public IEnumerable<string> Schemes => _byScheme.Keys;

        public SecureString Resolve(SecretReference reference)
        {
            if (_byScheme.TryGetValue(reference.Scheme, out var resolver)) return resolver.Resolve(reference);
            throw new InvalidOperationException(
                $"'{reference.Text}' needs a resolver for '{reference.Scheme}:' references, which this session does not have "
                + $"(available: {string.Join(", ", Schemes.Select(s => s + ":"))}). Put the secret in an environment variable and write 'env:NAME'.");
        }
    }
}
