namespace EnodePS.Client.Models
{
    /// <summary>The operation modes a battery can be put in.</summary>
    public sealed class BatteryCapabilities
    {
        public Capability ExportFocus { get; set; } = new Capability();
        public Capability ImportFocus { get; set; } = new Capability();
        public Capability TimeOfUse { get; set; } = new Capability();
        public Capability SelfReliance { get; set; } = new Capability();
        public Capability Idle { get; set; } = new Capability();
    }
}
