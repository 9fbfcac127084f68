namespace EnodePS.Client.Models
{
    /// <summary>How the action on one resource ended.</summary>
    public enum ProvisioningOutcome
    {
        /// <summary>The change was made.</summary>
        Succeeded,

        /// <summary>Nothing needed doing; no request was sent.</summary>
        NoChange,

        /// <summary>-WhatIf (or a declined confirmation): the change was only shown.</summary>
        Skipped,

        /// <summary>The change was attempted and failed; provisioning stopped here.</summary>
        Failed,
    }
}
