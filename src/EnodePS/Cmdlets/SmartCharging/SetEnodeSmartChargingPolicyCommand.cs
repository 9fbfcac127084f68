using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Client.Resources;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// <para type="synopsis">Turns smart charging on or off for vehicles, or changes its deadline and minimum charge limit.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeSmartChargingPolicy", HelpUri = HelpLinks.Cmdlets + "Set-EnodeSmartChargingPolicy.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SmartChargingPolicy))]
    public sealed class SetEnodeSmartChargingPolicyCommand : SmartChargingVehicleCmdlet
    {
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VehicleIdCompleter))]
        public string[]? VehicleId { get; set; }

        protected override string[]? GivenVehicleIds => VehicleId;

        /// <summary>Turns smart charging on (-Enabled) or off (-Enabled:$false). Turning it on needs a deadline (given now or set before).</summary>
        [Parameter]
        public SwitchParameter Enabled { get; set; }

        /// <summary>The time of day (HH:mm) charging must be done by, in the location's time zone (else UTC).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Deadline { get; set; }

        /// <summary>Percent to charge to at once whatever the price, from 0 to 100 and at most the vehicle's charge limit.</summary>
        [Parameter]
        public double? MinimumChargeLimit { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            var enabled = SwitchChange(nameof(Enabled));
            if (enabled == null && Deadline == null && MinimumChargeLimit == null)
                InvalidParameter(nameof(Enabled), null, "give at least one of -Enabled, -Deadline or -MinimumChargeLimit to change.");
            if (MinimumChargeLimit.HasValue && (double.IsNaN(MinimumChargeLimit.Value) || MinimumChargeLimit < 0 || MinimumChargeLimit > 100))
                throw new EnodeValidationException(nameof(MinimumChargeLimit), MinimumChargeLimit, "a percentage from 0 to 100 (and no more than the vehicle's charge limit).");
            var changes = SmartChargingResource.Check(new SmartChargingPolicyUpdate
            {
                IsEnabled = enabled,
                Deadline = Deadline == null ? null : ClockTime.Check(Deadline, nameof(Deadline)),
                MinimumChargeLimit = MinimumChargeLimit,
            });
            var ids = VehicleIds();
            var connection = ActiveConnection;
            foreach (var id in ids)
            {
                if (!ShouldProcess(id, "Update smart charging policy")) continue;
                TryCall(id, () =>
                {
                    var policy = Call(connection, (client, ct) => client.SmartCharging.UpdatePolicyAsync(id, changes, ct));
                    if (PassThru.IsPresent) Output(policy);
                });
            }
        }
    }
}
