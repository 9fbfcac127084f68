using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>When a vehicle or charger should charge: rules over clock times, weekdays and dates, and a default.</summary>
    public sealed class Schedule : ApiResource
    {
        public string Id { get; set; } = "";

        /// <summary>The vehicle's or charger's id.</summary>
        public string TargetId { get; set; } = "";

        /// <summary>vehicle or charger.</summary>
        public string TargetType { get; set; } = "";

        /// <summary>Where the schedule applies; null: wherever a charger is (for vehicles see the API's notes).</summary>
        public string? LocationId { get; set; }
        public bool IsEnabled { get; set; }

        /// <summary>Whether to charge when no rule applies.</summary>
        public bool DefaultShouldCharge { get; set; }

        /// <summary>The first rule that applies at a moment decides.</summary>
        public List<ScheduleRule> Rules { get; set; } = new List<ScheduleRule>();

        public override string ToString() => Id;
    }
}
