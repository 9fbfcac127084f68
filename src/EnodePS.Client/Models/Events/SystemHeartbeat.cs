namespace EnodePS.Client.Models.Events
{
    /// <summary>system:heartbeat: sent periodically; says how many events are waiting to be delivered.</summary>
    public sealed class SystemHeartbeat : WebhookEvent
    {
        public double PendingEvents { get; set; }
    }
}
