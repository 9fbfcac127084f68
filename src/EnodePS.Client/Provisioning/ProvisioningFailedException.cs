using System;

namespace EnodePS.Client.Provisioning
{
    /// <summary>Provisioning stopped: names the resource (or the file entry) that failed, with the cause as the inner exception.</summary>
    public sealed class ProvisioningFailedException : Exception
    {
        public ProvisioningFailedException(string resource, string message, Exception? inner = null) : base(message, inner)
        {
            Resource = resource;
        }

        /// <summary>"Webhook https://...", "Tariff home-tou" or a file entry such as "webhooks[0]".</summary>
        public string Resource { get; }
    }
}
