using System;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Hvacs
{
    /// <summary>
    /// <para type="synopsis">Holds HVAC units in a mode and setpoints (-PermanentHold), or returns them to their own schedule (-FollowSchedule).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeHvacMode", HelpUri = HelpLinks.Cmdlets + "Set-EnodeHvacMode.md", DefaultParameterSetName = HoldObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VendorAction))]
    public sealed class SetEnodeHvacModeCommand : ControlCmdlet
    {
        private const string HoldObjectSet = "PermanentHoldInputObject";
        private const string HoldByIdSet = "PermanentHoldById";
        private const string ScheduleObjectSet = "FollowScheduleInputObject";
        private const string ScheduleByIdSet = "FollowScheduleById";

        private HvacHold? _hold;

        private IReadOnlyList<PipelineRule>? _rules;
        private string? _pipedId;

        /// <summary>
        /// An HVAC unit from Get-EnodeHvac (the hold is checked against its modes and setpoint ranges before sending) or
        /// an HVAC unit id; any other object is refused.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = HoldObjectSet, Position = 0, ValueFromPipeline = true)]
        [Parameter(Mandatory = true, ParameterSetName = ScheduleObjectSet, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>HVAC unit ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = HoldByIdSet, Position = 0)]
        [Parameter(Mandatory = true, ParameterSetName = ScheduleByIdSet, Position = 0)]
        [Alias("HvacId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HvacIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Holds the mode and setpoints until told otherwise.</summary>
        [Parameter(Mandatory = true, ParameterSetName = HoldObjectSet)]
        [Parameter(Mandatory = true, ParameterSetName = HoldByIdSet)]
        public SwitchParameter PermanentHold { get; set; }

        /// <summary>HEAT, COOL, AUTO or OFF.</summary>
        [Parameter(Mandatory = true, ParameterSetName = HoldObjectSet)]
        [Parameter(Mandatory = true, ParameterSetName = HoldByIdSet)]
        [ValidateSet("HEAT", "COOL", "AUTO", "OFF", IgnoreCase = true)]
        public string? Mode { get; set; }

        /// <summary>Degrees Celsius to heat to, for HEAT and AUTO.</summary>
        [Parameter(ParameterSetName = HoldObjectSet)]
        [Parameter(ParameterSetName = HoldByIdSet)]
        public double? HeatSetpoint { get; set; }

        /// <summary>Degrees Celsius to cool to, for COOL and AUTO.</summary>
        [Parameter(ParameterSetName = HoldObjectSet)]
        [Parameter(ParameterSetName = HoldByIdSet)]
        public double? CoolSetpoint { get; set; }

        /// <summary>Returns the units to the schedule set on the device, ending any hold.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ScheduleObjectSet)]
        [Parameter(Mandatory = true, ParameterSetName = ScheduleByIdSet)]
        public SwitchParameter FollowSchedule { get; set; }

        private bool Holds => ParameterSetName == HoldObjectSet || ParameterSetName == HoldByIdSet;

        protected override void Begin()
        {
            if (!Holds) return;
            try
            {
                _hold = new HvacHold(Mode, HeatSetpoint, CoolSetpoint);
            }
            catch (ArgumentException error)
            {
                var parameter = error.ParamName == "heatSetpoint" ? nameof(HeatSetpoint) : error.ParamName == "coolSetpoint" ? nameof(CoolSetpoint) : nameof(Mode);
                InvalidParameter(parameter, parameter == nameof(HeatSetpoint) ? (object?)HeatSetpoint : parameter == nameof(CoolSetpoint) ? CoolSetpoint : Mode, error);
            }
        }

        protected override void Process()
        {
            var what = Holds ? "Hold " + _hold : "Follow the device's schedule";
            if (ParameterSetName == HoldByIdSet || ParameterSetName == ScheduleByIdSet)
            {
                foreach (var id in Id ?? Array.Empty<string>()) Send(id, null, what, null);
                return;
            }
            if (!BindInput(InputObject!, _rules ??= PipelineRule.ForKind("Hvac", "-Id", id => _pipedId = id))) return;
            var hvac = InputObject!.BaseObject as Hvac;
            Send(_pipedId!, hvac == null ? (Action?)null : () =>
            {
                DeviceCapabilities.Ensure(hvac, Holds ? "setPermanentHold" : "setFollowSchedule");
                _hold?.ValidateFor(hvac);
            }, what, PipedDevice(InputObject));
        }

        private void Send(string id, Action? check, string what, object? device) =>
            Control(DeviceTypes.Hvac, id, what, check, (client, ct) => Holds
                ? client.Hvacs.SetPermanentHoldAsync(id, _hold!, ct)
                : client.Hvacs.FollowScheduleAsync(id, ct), device);
    }
}
