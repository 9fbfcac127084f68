namespace EnodePS.Client.Models
{
    /// <summary>What smart charging is waiting for before it can plan (the CONSIDERING state).</summary>
    public sealed class SmartChargingConsideration
    {
        public bool IsPluggedIn { get; set; }
        public bool IsCharging { get; set; }
        public bool AtChargingLocation { get; set; }
        public bool HasTimeEstimate { get; set; }

        public override string ToString() =>
            $"pluggedIn={IsPluggedIn}, charging={IsCharging}, atLocation={AtChargingLocation}, timeEstimate={HasTimeEstimate}";
    }
}
