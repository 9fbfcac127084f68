using System;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Charging
{
    /// <summary>
    /// The parameters of the cmdlets that control vehicles and chargers alike: a Vehicle or Charger from the pipeline
    /// (bound by its type, see docs/pipelines.md), or -Id with -DeviceType.
    /// </summary>
    public abstract class ChargingDeviceCmdlet : ControlCmdlet
    {
        protected const string InputObjectSet = "InputObject";
        protected const string ByIdSet = "ById";
        private IReadOnlyList<PipelineRule>? _rules;
        private string? _pipedType, _pipedId;

        /// <summary>A Vehicle or Charger, from Get-EnodeVehicle or Get-EnodeCharger; any other object is refused.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Ids of vehicles or chargers, all of the -DeviceType.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TypedDeviceIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>vehicle or charger: what the -Id devices are.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 1)]
        [Alias("Type")]
        [ValidateSet("vehicle", "charger", IgnoreCase = true)]
        public string? DeviceType { get; set; }

        /// <summary>Calls <paramref name="control"/> with each device's type and id, and the device itself when it came from the pipeline.</summary>
        protected void ForEachDevice(Action<string, string, object?> control)
        {
            if (ParameterSetName == ByIdSet)
            {
                var type = AllowedValues.Normalize(DeviceType, ActionTargetTypes.Charging, nameof(DeviceType));
                foreach (var id in Id ?? Array.Empty<string>()) control(type, id, null);
                return;
            }

            if (!BindInput(InputObject!, _rules ??= new[]
                {
                    PipelineRule.For("Vehicle", "Id", "-Id (-DeviceType vehicle)", id => (_pipedType, _pipedId) = (DeviceTypes.Vehicle, id)),
                    PipelineRule.For("Charger", "Id", "-Id (-DeviceType charger)", id => (_pipedType, _pipedId) = (DeviceTypes.Charger, id)),
                })) return;
            control(_pipedType!, _pipedId!, PipedDevice(InputObject!));
        }
    }
}
