using System;

namespace EnodePS.Client.Models
{
    /// <summary>Where a vehicle stands in smart charging: one state at all times, with the active plan during PLAN:* states.</summary>
    public sealed class SmartChargingStatus
    {
        public DateTimeOffset? UpdatedAt { get; set; }
        public string VehicleId { get; set; } = "";
        public string UserId { get; set; } = "";
        public string? Vendor { get; set; }

        /// <summary>DISABLED, CONSIDERING, UNKNOWN, FULLY_CHARGED, or a PLAN:EXECUTING:* / PLAN:ENDED:* state.</summary>
        public string State { get; set; } = "";
        public DateTimeOffset? StateChangedAt { get; set; }
        public SmartChargingConsideration? Consideration { get; set; }
        public SmartChargingPlan? Plan { get; set; }
        public SmartOverride? SmartOverride { get; set; }

        public override string ToString() => State;
    }
}
