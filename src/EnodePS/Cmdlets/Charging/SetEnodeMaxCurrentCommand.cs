using System.Globalization;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Models;

using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Charging
{
    /// <summary>
    /// <para type="synopsis">Sets the current (amperes) vehicles may draw or chargers may deliver while charging.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeMaxCurrent", HelpUri = HelpLinks.Cmdlets + "Set-EnodeMaxCurrent.md", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VendorAction))]
    public sealed class SetEnodeMaxCurrentCommand : ChargingDeviceCmdlet
    {
        /// <summary>The maximum current in amperes, from 1 to 80.</summary>
        [Parameter(Mandatory = true)]
        public double MaxCurrent { get; set; }

        protected override void Begin()
        {
            base.Begin();
            ValidateParameter(nameof(MaxCurrent), MaxCurrent, () => ControlValues.MaxCurrent(MaxCurrent, nameof(MaxCurrent)));
        }

        protected override void Process() => ForEachDevice((type, id, device) =>
            Control(type, id, "Set the max current to " + MaxCurrent.ToString(CultureInfo.InvariantCulture) + " A",
                device == null ? null : () => DeviceCapabilities.Ensure(device, "setMaxCurrent"),
                (client, ct) => client.Devices.SetMaxCurrentAsync(type, id, MaxCurrent, ct), device));
    }
}
