using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    /// <summary>The outcome of sending the enode:webhook:test event to a webhook's URL.</summary>
    public sealed class WebhookTestResult
    {
        /// <summary>The tested webhook (set by the client; not part of the API's answer).</summary>
        [JsonIgnore]
        public string WebhookId { get; set; } = "";

        /// <summary>SUCCESS or FAILURE.</summary>
        public string Status { get; set; } = "";

        [JsonIgnore]
        public bool Succeeded => Status == "SUCCESS";

        public string? Description { get; set; }

        /// <summary>What the receiver answered; null when the delivery failed.</summary>
        public WebhookTestResponse? Response { get; set; }

        public override string ToString() => $"{Status}: {Description}";
    }
}
