using System;

namespace EnodePS.Client.Models
{
    /// <summary>A coming moment at which the schedule's wish to charge changes.</summary>
    public sealed class ScheduleTransition
    {
        public DateTimeOffset At { get; set; }
        public bool ShouldCharge { get; set; }

        public override string ToString() => FormattableString.Invariant($"{At:yyyy-MM-dd HH:mm}Z {(ShouldCharge ? "charge" : "stop")}");
    }
}
