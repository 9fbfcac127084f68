namespace EnodePS.Client.Models
{
    /// <summary>A home energy management system: a site whose inverters, batteries and meters Enode tracks together.</summary>
    public sealed class HemSystem : ApiResource
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string? LocationId { get; set; }
        public HemSystemInformation Information { get; set; } = new HemSystemInformation();
        public HemSystemStatus Status { get; set; } = new HemSystemStatus();

        public override string ToString() => Id;
    }
}
