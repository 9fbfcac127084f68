using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Schedules
{
    /// <summary>
    /// <para type="synopsis">Creates a charging schedule for a vehicle or charger.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "EnodeSchedule", HelpUri = HelpLinks.Cmdlets + "New-EnodeSchedule.md", DefaultParameterSetName = TargetSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Schedule))]
    public sealed class NewEnodeScheduleCommand : ConnectedCmdlet
    {
        private const string TargetSet = "Target";
        private const string ExplicitSet = "Explicit";

        /// <summary>A vehicle or charger (from Get-EnodeVehicle or Get-EnodeCharger): its id, type and user are used (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = TargetSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ExplicitSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>The vehicle or charger to control (the API's targetId).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ExplicitSet)]
        [Alias("TargetId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DeviceIdCompleter))]
        public string? DeviceId { get; set; }

        /// <summary>vehicle or charger: what -DeviceId is (the API's targetType).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ExplicitSet)]
        [Alias("TargetType")]
        [ValidateSet("vehicle", "charger", IgnoreCase = true)]
        public string? DeviceType { get; set; }

        /// <summary>The location the schedule applies at; without it, wherever the target is.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string? LocationId { get; set; }

        /// <summary>Charge when no rule applies.</summary>
        [Parameter]
        public SwitchParameter DefaultShouldCharge { get; set; }

        /// <summary>Let the schedule control the target at once; without it the schedule is created disabled.</summary>
        [Parameter]
        public SwitchParameter Enabled { get; set; }

        /// <summary>Rules from New-EnodeScheduleRule, or hashtables; the first that applies decides.</summary>
        [Parameter]
        [AllowEmptyCollection]
        public object[]? Rule { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == TargetSet && !BindInput(InputObject!, new List<PipelineRule> { TargetRule("Vehicle"), TargetRule("Charger") })) return;
            var rules = ScheduleRuleInput.From(Rule, nameof(Rule));
            var (userId, targetId, targetType) = Target();
            var request = new ScheduleRequest
            {
                TargetId = targetId,
                TargetType = targetType,
                LocationId = LocationId,
                IsEnabled = Enabled.IsPresent,
                DefaultShouldCharge = DefaultShouldCharge.IsPresent,
                Rules = rules,
            };
            var connection = ActiveConnection;
            if (!ShouldProcess($"{targetType} {targetId} of user {userId}", "Create schedule")) return;
            TryCall(targetId, () => Output(Call(connection, (client, ct) => client.Schedules.CreateAsync(userId, request, ct))));
        }

        private PipelineRule TargetRule(string kind) =>
            PipelineRule.For(kind, "Id", "-DeviceId", id =>
            {
                DeviceId = id;
                DeviceType = kind.ToLowerInvariant();
                UserId = PipelineObjects.Property(InputObject!, "UserId");
            }).Typed();

        private (string UserId, string TargetId, string TargetType) Target()
        {
            if (ParameterSetName == TargetSet && string.IsNullOrEmpty(UserId))
                throw new EnodeValidationException(nameof(InputObject), DeviceType!, "an object with Id and UserId properties.");
            return (UserId!, DeviceId!, AssetTypes.Check(DeviceType!, AssetTypes.ScheduleTargets, nameof(DeviceType)));
        }
    }
}
