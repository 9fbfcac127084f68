namespace EnodePS.Client.Models
{
    public sealed class InverterCapabilities
    {
        public Capability ProductionState { get; set; } = new Capability();

        /// <summary>Production history straight from the vendor (Enode's own sampled statistics do not depend on it).</summary>
        public Capability ProductionStatistics { get; set; } = new Capability();
    }
}
