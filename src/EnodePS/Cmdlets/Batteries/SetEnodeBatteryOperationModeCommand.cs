using System;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Batteries
{
    /// <summary>
    /// <para type="synopsis">Sets the operation mode of home batteries (IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE, IDLE).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeBatteryOperationMode", HelpUri = HelpLinks.Cmdlets + "Set-EnodeBatteryOperationMode.md", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VendorAction))]
    public sealed class SetEnodeBatteryOperationModeCommand : ControlCmdlet
    {
        private const string InputObjectSet = "InputObject";
        private const string ByIdSet = "ById";

        private string _mode = "";

        private IReadOnlyList<PipelineRule>? _rules;
        private string? _pipedId;

        /// <summary>
        /// A battery from Get-EnodeBattery (a mode its capabilities do not allow is refused before sending) or a battery
        /// id; any other object is refused.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Battery ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("BatteryId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BatteryIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE or IDLE.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BatteryOperationModeCompleter))]
        public string? OperationMode { get; set; }

        protected override void Begin() =>
            ValidateParameter(nameof(OperationMode), OperationMode, () => _mode = ControlValues.OperationMode(OperationMode, nameof(OperationMode)));

        protected override void Process()
        {
            var what = "Set the operation mode to " + _mode;
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id ?? Array.Empty<string>())
                    Control(DeviceTypes.Battery, id, what, null, (client, ct) => client.Batteries.SetOperationModeAsync(id, _mode, ct));
                return;
            }
            if (!BindInput(InputObject!, _rules ??= PipelineRule.ForKind("Battery", "-Id", id => _pipedId = id))) return;
            var batteryId = _pipedId!;
            var battery = InputObject!.BaseObject as Battery;
            Control(DeviceTypes.Battery, batteryId, what,
                battery == null ? (Action?)null : () => DeviceCapabilities.Ensure(battery, DeviceCapabilities.ForOperationMode(_mode)),
                (client, ct) => client.Batteries.SetOperationModeAsync(batteryId, _mode, ct), PipedDevice(InputObject));
        }
    }
}
