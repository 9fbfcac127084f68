using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Schedules
{
    /// <summary>
    /// <para type="synopsis">Builds a schedule rule for New-EnodeSchedule and Set-EnodeSchedule. Sends nothing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "EnodeScheduleRule", HelpUri = HelpLinks.Cmdlets + "New-EnodeScheduleRule.md")]
    [OutputType(typeof(ScheduleRule))]
    public sealed class NewEnodeScheduleRuleCommand : EnodeCmdlet
    {
        /// <summary>Clock time (HH:mm) the daily interval starts, in the schedule location's time zone.</summary>
        [Parameter(Position = 0)]
        [Alias("From")]
        [ValidateNotNullOrEmpty]
        public string? StartTime { get; set; }

        /// <summary>Clock time (HH:mm) it ends; before -StartTime means the next day (22:00 to 06:00 spans the night).</summary>
        [Parameter(Position = 1)]
        [Alias("To")]
        [ValidateNotNullOrEmpty]
        public string? EndTime { get; set; }

        /// <summary>Days the rule applies: names (Monday, Mon) or numbers 0 (Monday) to 6 (Sunday). Every day when left out.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Weekday { get; set; }

        /// <summary>The rule applies from this moment on (sent in UTC).</summary>
        [Parameter]
        public DateTime? FromTimestamp { get; set; }

        /// <summary>The rule applies until this moment (sent in UTC).</summary>
        [Parameter]
        public DateTime? ToTimestamp { get; set; }

        /// <summary>Charge while the rule applies; without it, the rule keeps the target from charging.</summary>
        [Parameter]
        public SwitchParameter ShouldCharge { get; set; }

        protected override void Process()
        {
            var rule = ScheduleRules.Create(StartTime, EndTime, Weekday?.Cast<object?>(),
                FromTimestamp == null ? (DateTimeOffset?)null : PipelineObjects.ToOffset(FromTimestamp.Value),
                ToTimestamp == null ? (DateTimeOffset?)null : PipelineObjects.ToOffset(ToTimestamp.Value),
                ShouldCharge.IsPresent, nameof(StartTime), nameof(EndTime), nameof(Weekday), nameof(ToTimestamp));
            Output(rule);
        }
    }
}
