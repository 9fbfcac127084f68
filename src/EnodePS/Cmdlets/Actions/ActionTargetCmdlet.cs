using System;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Actions;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Actions
{
    /// <summary>
    /// The parameters of the cmdlets that take actions: -Id with -DeviceType, or objects from the pipeline bound by
    /// their type (see docs/pipelines.md): an action, a smart override's action, or an action id string (with -DeviceType).
    /// </summary>
    public abstract class ActionTargetCmdlet : ActionCmdlet
    {
        protected const string InputObjectSet = "InputObject";
        protected const string ByIdSet = "ById";
        private IReadOnlyList<PipelineRule>? _rules;
        private ActionReference? _piped;

        /// <summary>
        /// An action, as Start-EnodeCharging, Set-EnodeMaxCurrent and the other control cmdlets write them; a smart
        /// override (its action); or an action id string, with -DeviceType. Any other object is refused.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Action ids, all of the -DeviceType.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("ActionId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>The kind of device the -Id actions (or piped action id strings) control: vehicle, charger, hvac or battery.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 1)]
        [Parameter(ParameterSetName = InputObjectSet)]
        [Alias("Type", "TargetType", "Kind")]
        [ValidateSet("vehicle", "charger", "hvac", "battery", IgnoreCase = true)]
        public string? DeviceType { get; set; }

        /// <summary>The actions this Process call got: each -Id of the -DeviceType, or the piped one (none when it is refused).</summary>
        protected IReadOnlyList<ActionReference> Received()
        {
            if (ParameterSetName == InputObjectSet)
            {
                _piped = null;
                return BindInput(InputObject!, _rules ??= Rules()) ? new[] { _piped! } : Array.Empty<ActionReference>();
            }
            var type = ActionTargetTypes.Normalize(DeviceType, nameof(DeviceType));
            var actions = new List<ActionReference>();
            foreach (var id in Id ?? Array.Empty<string>()) actions.Add(new ActionReference(type, id));
            return actions;
        }

        private IReadOnlyList<PipelineRule> Rules() => new[]
        {
            PipelineRule.For("VendorAction", "Id", "-Id (-DeviceType ← TargetType)", id =>
                _piped = InputObject!.BaseObject is VendorAction live ? ActionReference.Of(live)
                    : new ActionReference(ActionTargetTypes.Normalize(PipelineObjects.Property(InputObject, "TargetType"), nameof(DeviceType)), id)),
            PipelineRule.For("SmartOverride", "VendorActionId", "-Id (-DeviceType ← TargetType)", id =>
                _piped = new ActionReference(ActionTargetTypes.Normalize(PipelineObjects.Property(InputObject!, "TargetType"), nameof(DeviceType)), id)),
            PipelineRule.String("-Id (with -DeviceType)", id =>
            {
                if (DeviceType == null)
                    InvalidParameter(nameof(DeviceType), null, "an action id from the pipeline needs -DeviceType (vehicle, charger, hvac or battery); piped action objects carry their own.");
                _piped = new ActionReference(ActionTargetTypes.Normalize(DeviceType, nameof(DeviceType)), id);
            }),
        };
    }
}
