using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Charging
{
    /// <summary>
    /// <para type="synopsis">Limits the charge rate (kW) of chargers; their max current follows.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeChargeRateLimit", HelpUri = HelpLinks.Cmdlets + "Set-EnodeChargeRateLimit.md", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VendorAction))]
    public sealed class SetEnodeChargeRateLimitCommand : ControlCmdlet
    {
        private const string InputObjectSet = "InputObject";
        private const string ByIdSet = "ById";

        private IReadOnlyList<PipelineRule>? _rules;
        private string? _pipedId;

        /// <summary>
        /// A charger from Get-EnodeCharger (the limit is checked against its allowed range before sending) or a charger
        /// id; any other object is refused.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Charger ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("ChargerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ChargerIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>The charge rate limit in kilowatts (greater than 0).</summary>
        [Parameter(Mandatory = true)]
        public double ChargeRateLimit { get; set; }

        protected override void Begin() =>
            ValidateParameter(nameof(ChargeRateLimit), ChargeRateLimit, () => ControlValues.ChargeRateLimit(ChargeRateLimit, null, nameof(ChargeRateLimit)));

        protected override void Process()
        {
            var what = "Limit the charge rate to " + ChargeRateLimit.ToString(CultureInfo.InvariantCulture) + " kW";
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id ?? Array.Empty<string>())
                    Control(DeviceTypes.Charger, id, what, null, (client, ct) => client.Chargers.SetChargeRateLimitAsync(id, ChargeRateLimit, ct));
                return;
            }
            if (!BindInput(InputObject!, _rules ??= PipelineRule.ForKind("Charger", "-Id", id => _pipedId = id))) return;
            var chargerId = _pipedId!;
            var charger = InputObject!.BaseObject as Charger;
            Control(DeviceTypes.Charger, chargerId, what,
                charger == null ? (Action?)null : () =>
                {
                    DeviceCapabilities.Ensure(charger, "setChargeRateLimit");
                    ControlValues.ChargeRateLimit(ChargeRateLimit, charger, nameof(ChargeRateLimit));
                },
                (client, ct) => client.Chargers.SetChargeRateLimitAsync(chargerId, ChargeRateLimit, ct), PipedDevice(InputObject));
        }
    }
}
