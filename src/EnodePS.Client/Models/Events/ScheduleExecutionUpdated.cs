using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>user:schedule:execution-updated: a schedule's status changed.</summary>
    public sealed class ScheduleExecutionUpdated : UserEvent
    {
        /// <summary>The schedule's status (state, isCharging, upcomingTransitions...), as a JsonRecord.</summary>
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord Status { get; set; } = new JsonRecord();

        /// <summary>The schedule, as a JsonRecord.</summary>
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord Schedule { get; set; } = new JsonRecord();

        public List<string> UpdatedFields { get; set; } = new List<string>();
    }
}
