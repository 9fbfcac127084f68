namespace EnodePS.Client.Models.Events
{
    /// <summary>The user an event is about.</summary>
    public sealed class EventUser
    {
        public string Id { get; set; } = "";

        public override string ToString() => Id;
    }
}
