namespace EnodePS.Client.Models
{
    public sealed class VehicleCapabilities
    {
        public Capability Information { get; set; } = new Capability();
        public Capability ChargeState { get; set; } = new Capability();
        public Capability Location { get; set; } = new Capability();
        public Capability Odometer { get; set; } = new Capability();
        public Capability SetMaxCurrent { get; set; } = new Capability();
        public Capability StartCharging { get; set; } = new Capability();
        public Capability StopCharging { get; set; } = new Capability();
        public Capability SmartCharging { get; set; } = new Capability();
    }
}
