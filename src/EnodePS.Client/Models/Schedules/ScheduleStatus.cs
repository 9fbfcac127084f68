using System;
using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>How a schedule is doing right now: whether its target charges as the schedule wants, and what comes next.</summary>
    public sealed class ScheduleStatus
    {
        public string ScheduleId { get; set; } = "";

        /// <summary>CHARGE.</summary>
        public string? ScheduleType { get; set; }
        public DateTimeOffset? ChangedAt { get; set; }

        /// <summary>ALIGNED, MISALIGNED, PENDING, INACTIVE:OVERRIDDEN, INACTIVE:DISABLED, INACTIVE:AWAY or INACTIVE:INCAPABLE.</summary>
        public string State { get; set; } = "";
        public bool IsCharging { get; set; }
        public bool IsChargingExpected { get; set; }
        public ScheduleChargingExpectedParts? IsChargingExpectedParts { get; set; }

        /// <summary>At most two upcoming changes of whether the target should charge.</summary>
        public List<ScheduleTransition> UpcomingTransitions { get; set; } = new List<ScheduleTransition>();
        public SmartOverride? SmartOverride { get; set; }

        public override string ToString() => State;
    }
}
