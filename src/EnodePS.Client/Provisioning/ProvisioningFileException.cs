using System;

namespace EnodePS.Client.Provisioning
{
    /// <summary>A provisioning file cannot be used: unreadable, not a data file, or declaring something invalid. Says where.</summary>
    public sealed class ProvisioningFileException : Exception
    {
        public ProvisioningFileException(string message, Exception? inner = null) : base(message, inner) { }
    }
}
