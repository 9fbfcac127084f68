using System;

namespace EnodePS.Emulator.State
{
    /// <summary>Average power flows (kW) of a home over one bucket, and the battery level (%) at its start.</summary>
    public sealed class HomeEnergyBucket
    {
        public DateTimeOffset Start { get; set; }
        public TimeSpan Length { get; set; }
        public double Generation { get; set; }
        public double Consumption { get; set; }
        public double Charge { get; set; }
        public double Discharge { get; set; }
        public double Import { get; set; }
        public double Export { get; set; }
        public double? BatteryLevel { get; set; }
    }
}
