using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:schedule:execution-updated: a schedule's status changed. <see cref="Status"/> and <see cref="Schedule"/>
    /// are the same models Get-EnodeScheduleStatus and Get-EnodeSchedule write.
    /// </summary>
    public sealed class ScheduleExecutionUpdated : UserEvent
    {
        public ScheduleStatus Status { get; set; } = new ScheduleStatus();

        public Schedule Schedule { get; set; } = new Schedule();

        public List<string> UpdatedFields { get; set; } = new List<string>();
    }
}
