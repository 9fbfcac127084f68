namespace EnodePS.Client.Models.Events
{
    /// <summary>enode:webhook:test: sent by a webhook test (Test-EnodeWebhook); carries nothing else.</summary>
    public sealed class WebhookTestEvent : WebhookEvent
    {
    }
}
