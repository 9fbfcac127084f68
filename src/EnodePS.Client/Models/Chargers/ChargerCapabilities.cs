namespace EnodePS.Client.Models
{
    public sealed class ChargerCapabilities
    {
        public Capability Information { get; set; } = new Capability();
        public Capability ChargeState { get; set; } = new Capability();
        public Capability StartCharging { get; set; } = new Capability();
        public Capability StopCharging { get; set; } = new Capability();
        public Capability SetMaxCurrent { get; set; } = new Capability();
        public ChargeRateLimitCapability SetChargeRateLimit { get; set; } = new ChargeRateLimitCapability();
    }
}
