using System;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// The smart charging cmdlets' input: -VehicleId, or an object from the pipeline bound by its type (see
    /// docs/pipelines.md): a vehicle, a vehicle id, or a smart charging policy, status, plan or override of a vehicle.
    /// </summary>
    public abstract class SmartChargingVehicleCmdlet : ConnectedCmdlet
    {
        protected const string ByIdSet = "ById";
        protected const string InputObjectSet = "InputObject";
        private IReadOnlyList<PipelineRule>? _rules;
        private string? _pipedId;

        /// <summary>
        /// A vehicle (Get-EnodeVehicle), a vehicle id, or a smart charging policy, status, plan or override (their
        /// vehicle); any other object is refused.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The -VehicleId given by name or position.</summary>
        protected abstract string[]? GivenVehicleIds { get; }

        /// <summary>The vehicles of this Process call: -VehicleId, or the one the piped object names (none when it is refused).</summary>
        protected string[] VehicleIds()
        {
            if (ParameterSetName != InputObjectSet) return GivenVehicleIds ?? Array.Empty<string>();
            _pipedId = null;
            return BindInput(InputObject!, _rules ??= Rules()) ? new[] { _pipedId! } : Array.Empty<string>();
        }

        private List<PipelineRule> Rules()
        {
            Action<string> bind = id => _pipedId = id;
            var rules = PipelineRule.ForKind("Vehicle", "-VehicleId", bind);
            foreach (var kind in new[] { "SmartChargingPolicy", "SmartChargingStatus", "SmartChargingPlan" })
                rules.Add(PipelineRule.For(kind, "VehicleId", "-VehicleId", bind));
            rules.Add(PipelineRule.For("SmartOverride", "TargetId", "-VehicleId", bind)
                .When(input => string.Equals(PipelineObjects.Property(input, "TargetType"), DeviceTypes.Vehicle, StringComparison.OrdinalIgnoreCase)));
            return rules;
        }
    }
}
