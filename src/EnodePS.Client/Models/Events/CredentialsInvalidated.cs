namespace EnodePS.Client.Models.Events
{
    /// <summary>user:credentials:invalidated: the user must relink the vendor.</summary>
    public sealed class CredentialsInvalidated : UserEvent
    {
        public string Vendor { get; set; } = "";
    }
}
