using System.Security;

namespace EnodePS.Client.Provisioning
{
    /// <summary>Turns a <see cref="SecretReference"/> of one scheme into the secret. Plug in more schemes through <see cref="SecretResolvers"/>.</summary>
    public interface ISecretResolver
    {
        /// <summary>The scheme this resolver answers ("env", "vault").</summary>
        string Scheme { get; }

        /// <summary>The secret; throws InvalidOperationException saying what is missing when it cannot.</summary>
        SecureString Resolve(SecretReference reference);
    }
}
