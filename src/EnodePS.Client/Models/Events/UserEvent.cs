using System.Text.Json.Serialization;

namespace EnodePS.Client.Models.Events
{
    /// <summary>An event about one user's devices or resources.</summary>
    public abstract class UserEvent : WebhookEvent
    {
        public EventUser User { get; set; } = new EventUser();

        [JsonIgnore]
        public string? UserId => User?.Id;
    }
}
