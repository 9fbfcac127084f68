using System;
using System.Security;

namespace EnodePS.Client.Provisioning
{
    /// <summary>Resolves "env:NAME" from an environment variable, read through the function given (the session's environment).</summary>
    public sealed class EnvironmentSecretResolver : ISecretResolver
    {
        private readonly Func<string, string?> _read;

        public EnvironmentSecretResolver(Func<string, string?> read) { _read = read; }

        public string Scheme => "env";

        public SecureString Resolve(SecretReference reference)
        {
            var value = _read(reference.Name);
            if (string.IsNullOrEmpty(value))
                throw new InvalidOperationException($"the environment variable {reference.Name} is not set (or is empty).");
            return SecureStrings.FromPlain(value!);
        }
    }
}
