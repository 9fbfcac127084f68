using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// An event this version of EnodePS has no class for (a newer event, or one whose fields no longer fit its class):
    /// kept whole in <see cref="Fields"/> instead of failing.
    /// </summary>
    public sealed class UnknownEvent : WebhookEvent
    {
        /// <summary>Every field of the event, "event" included.</summary>
        public JsonRecord Fields { get; set; } = new JsonRecord();

        /// <summary>Why a documented event was read generically; null for events without a class.</summary>
        public string? ReadProblem { get; set; }
    }
}
