using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Models;

using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Charging
{
    /// <summary>
    /// <para type="synopsis">Starts charging vehicles or chargers: sends each a START action and writes the action.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "EnodeCharging", HelpUri = HelpLinks.Cmdlets + "Start-EnodeCharging.md", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VendorAction))]
    public sealed class StartEnodeChargingCommand : ChargingDeviceCmdlet
    {
        protected override void Process() => ForEachDevice((type, id, device) =>
            Control(type, id, "Start charging",
                device == null ? null : () => DeviceCapabilities.Ensure(device, "startCharging"),
                (client, ct) => client.Devices.ControlChargingAsync(type, id, ControlValues.Start, ct), device));
    }
}
