namespace EnodePS.Client.Models
{
    /// <summary>The authentication header a webhook sends; only its name can be read back.</summary>
    public sealed class WebhookAuthentication
    {
        public string HeaderName { get; set; } = "";

        public override string ToString() => HeaderName;
    }
}
