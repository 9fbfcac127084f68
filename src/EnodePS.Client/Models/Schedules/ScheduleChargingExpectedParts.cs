namespace EnodePS.Client.Models
{
    /// <summary>The three conditions whose AND is IsChargingExpected.</summary>
    public sealed class ScheduleChargingExpectedParts
    {
        public bool NeedsCharge { get; set; }
        public bool IsPluggedIn { get; set; }
        public bool ShouldCharge { get; set; }

        public override string ToString() => $"needsCharge={NeedsCharge}, isPluggedIn={IsPluggedIn}, shouldCharge={ShouldCharge}";
    }
}
