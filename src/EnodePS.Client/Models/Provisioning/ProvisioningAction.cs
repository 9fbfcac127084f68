namespace EnodePS.Client.Models
{
    /// <summary>What provisioning does to one resource to make it match the file.</summary>
    public enum ProvisioningAction
    {
        Create,
        Update,
        Delete,
        Unchanged,
    }
}
