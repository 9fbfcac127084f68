using System;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models.Events
{
    /// <summary>What every webhook event has: its name, when it happened, and the API version of its payload.</summary>
    public abstract class WebhookEvent
    {
        /// <summary>The event name, e.g. "user:vehicle:updated".</summary>
        [JsonPropertyName("event")]
        public string Event { get; set; } = "";

        public DateTimeOffset CreatedAt { get; set; }

        /// <summary>The API version the payload was generated for.</summary>
        public string Version { get; set; } = "";

        public override string ToString() => Event;
    }
}
