namespace EnodePS.Client.Provisioning
{
    public sealed class ProvisioningOptions
    {
        /// <summary>Delete registered webhooks the file does not declare.</summary>
        public bool Prune { get; set; }

        /// <summary>Send webhook secrets and header values even when nothing else changed (they cannot be read back to compare).</summary>
        public bool SendSecrets { get; set; }

        public SecretResolvers Resolvers { get; set; } = new SecretResolvers();
    }
}
