using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    /// <summary>The body of POST /users/{userId}/schedules: every field is required, locationId as null when the schedule has no location.</summary>
    public sealed class ScheduleRequest
    {
        public string TargetId { get; set; } = "";

        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string? LocationId { get; set; }

        public string TargetType { get; set; } = "";
        public bool IsEnabled { get; set; }
        public bool DefaultShouldCharge { get; set; }
        public List<ScheduleRule> Rules { get; set; } = new List<ScheduleRule>();
    }
}
