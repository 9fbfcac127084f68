using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// A partial update of a schedule (PUT /schedules/{scheduleId}): only the properties set are sent. Set
    /// <see cref="ClearLocation"/> to send locationId as null.
    /// </summary>
    public sealed class ScheduleUpdate
    {
        public string? TargetId { get; set; }
        public string? TargetType { get; set; }
        public string? LocationId { get; set; }
        public bool ClearLocation { get; set; }
        public bool? IsEnabled { get; set; }
        public bool? DefaultShouldCharge { get; set; }
        public List<ScheduleRule>? Rules { get; set; }

        [System.Text.Json.Serialization.JsonIgnore]
        public bool IsEmpty => TargetId == null && TargetType == null && LocationId == null && !ClearLocation
            && IsEnabled == null && DefaultShouldCharge == null && Rules == null;
    }
}
