using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Schedules
{
    /// <summary>
    /// <para type="synopsis">Changes parts of a schedule; what is not given stays as it is.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeSchedule", HelpUri = HelpLinks.Cmdlets + "Set-EnodeSchedule.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Schedule))]
    public sealed class SetEnodeScheduleCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("ScheduleId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ScheduleIdCompleter))]
        public string? Id { get; set; }

        /// <summary>A schedule (its Id) or a schedule id string from the pipeline (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string? LocationId { get; set; }

        /// <summary>Removes the schedule's location, so it applies wherever the target is.</summary>
        [Parameter]
        public SwitchParameter NoLocation { get; set; }

        /// <summary>Moves the schedule to this vehicle or charger (the API's targetId).</summary>
        [Parameter]
        [Alias("TargetId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DeviceIdCompleter))]
        public string? DeviceId { get; set; }

        [Parameter]
        [Alias("TargetType")]
        [ValidateSet("vehicle", "charger", IgnoreCase = true)]
        public string? DeviceType { get; set; }

        /// <summary>Charge when no rule applies; -DefaultShouldCharge:$false not to.</summary>
        [Parameter]
        public SwitchParameter DefaultShouldCharge { get; set; }

        /// <summary>Let the schedule control its target; -Enabled:$false to stop it.</summary>
        [Parameter]
        public SwitchParameter Enabled { get; set; }

        /// <summary>Replaces all the rules.</summary>
        [Parameter]
        [AllowEmptyCollection]
        public object[]? Rule { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet && !BindInput(InputObject!, PipelineRule.ForKind("Schedule", "-Id", id => Id = id))) return;
            if (LocationId != null && NoLocation.IsPresent)
                InvalidParameter(nameof(NoLocation), LocationId, "give either -LocationId or -NoLocation, not both.");
            var changes = new ScheduleUpdate
            {
                LocationId = LocationId,
                ClearLocation = NoLocation.IsPresent,
                TargetId = DeviceId,
                TargetType = DeviceType == null ? null : AssetTypes.Check(DeviceType, AssetTypes.ScheduleTargets, nameof(DeviceType)),
                DefaultShouldCharge = SwitchChange(nameof(DefaultShouldCharge)),
                IsEnabled = SwitchChange(nameof(Enabled)),
                Rules = Rule == null ? null : ScheduleRuleInput.From(Rule, nameof(Rule)),
            };
            if (changes.IsEmpty)
                InvalidParameter(nameof(Enabled), null, "give at least one of -Enabled, -DefaultShouldCharge, -Rule, -LocationId, -NoLocation, -DeviceId or -DeviceType to change.");
            var connection = ActiveConnection;
            var id = Id!;
            if (!ShouldProcess(id, "Update schedule")) return;
            TryCall(id, () =>
            {
                var schedule = Call(connection, (client, ct) => client.Schedules.UpdateAsync(id, changes, ct));
                if (PassThru.IsPresent) Output(schedule);
            });
        }
    }
}
