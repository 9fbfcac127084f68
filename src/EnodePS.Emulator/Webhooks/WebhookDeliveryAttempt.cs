using System;

namespace EnodePS.Emulator.Webhooks
{
    /// <summary>One POST the emulator made to a webhook receiver, kept for diagnostics and tests.</summary>
    public sealed class WebhookDeliveryAttempt
    {
        public WebhookDeliveryAttempt(string webhookId, string deliveryId, int eventCount, DateTimeOffset at, DeliveryOutcome outcome)
        {
            WebhookId = webhookId;
            DeliveryId = deliveryId;
            EventCount = eventCount;
            At = at;
            Outcome = outcome;
        }

        public string WebhookId { get; }

        /// <summary>The x-enode-delivery header sent; retries of one batch share it.</summary>
        public string DeliveryId { get; }
        public int EventCount { get; }
        public DateTimeOffset At { get; }
        public DeliveryOutcome Outcome { get; }

        public override string ToString() => $"{WebhookId} {DeliveryId} ({EventCount} events): {Outcome.Describe()}";
    }
}
