namespace EnodePS.Emulator.Webhooks
{
    /// <summary>What a webhook was registered with that the API never shows again: its secret and authentication header.</summary>
    public sealed class WebhookCredentials
    {
        public WebhookCredentials(string secret, string? headerName, string? headerValue)
        {
            Secret = secret;
            HeaderName = headerName;
            HeaderValue = headerValue;
        }

        public string Secret { get; }
        public string? HeaderName { get; }
        public string? HeaderValue { get; }

        public WebhookCredentials With(string? secret = null) => new WebhookCredentials(secret ?? Secret, HeaderName, HeaderValue);

        public WebhookCredentials WithHeader(string? name, string? value) => new WebhookCredentials(Secret, name, value);
    }
}
