using System;

namespace EnodePS.Client.Models
{
    /// <summary>A smart charging plan: when charging stops and resumes, when it should finish, and what it costs against charging at once.</summary>
    public sealed class SmartChargingPlan
    {
        public string Id { get; set; } = "";
        public string VehicleId { get; set; } = "";
        public string UserId { get; set; } = "";
        public string? LocationId { get; set; }
        public string? Vendor { get; set; }

        /// <summary>ISO 4217 code of the costs.</summary>
        public string? Currency { get; set; }

        /// <summary>The estimated cost of charging at once.</summary>
        public double? NonSmartCost { get; set; }

        /// <summary>The estimated cost under this plan.</summary>
        public double? SmartCost { get; set; }
        public DateTimeOffset? StopAt { get; set; }
        public DateTimeOffset? StartAt { get; set; }
        public DateTimeOffset? EstimatedFinishAt { get; set; }
        public DateTimeOffset? StopConfirmedAt { get; set; }
        public DateTimeOffset? StartConfirmedAt { get; set; }
        public DateTimeOffset? EndedAt { get; set; }

        /// <summary>PLAN:ENDED:FINISHED, :UNPLUGGED, :FAILED, :DISABLED or :DEADLINE_CHANGED once the plan has ended.</summary>
        public string? FinalState { get; set; }

        /// <summary>STOP_FAILED, START_FAILED, FINISHED_LATE, UNKNOWN or CHARGE_INTERRUPTED.</summary>
        public string? FailureCondition { get; set; }

        /// <summary>What the plan saves, in <see cref="Currency"/>; null without both costs.</summary>
        public double? EstimatedSavings => NonSmartCost.HasValue && SmartCost.HasValue ? Math.Round(NonSmartCost.Value - SmartCost.Value, 2) : (double?)null;

        public override string ToString() => Id;
    }
}
