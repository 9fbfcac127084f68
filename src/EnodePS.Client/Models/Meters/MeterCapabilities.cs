namespace EnodePS.Client.Models
{
    public sealed class MeterCapabilities
    {
        public Capability MeasuresConsumption { get; set; } = new Capability();
        public Capability MeasuresProduction { get; set; } = new Capability();
    }
}
