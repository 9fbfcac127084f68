using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Models;

using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Charging
{
    /// <summary>
    /// <para type="synopsis">Stops charging vehicles or chargers: sends each a STOP action and writes the action.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "EnodeCharging", HelpUri = HelpLinks.Cmdlets + "Stop-EnodeCharging.md", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VendorAction))]
    public sealed class StopEnodeChargingCommand : ChargingDeviceCmdlet
    {
        protected override void Process() => ForEachDevice((type, id, device) =>
            Control(type, id, "Stop charging",
                device == null ? null : () => DeviceCapabilities.Ensure(device, "stopCharging"),
                (client, ct) => client.Devices.ControlChargingAsync(type, id, ControlValues.Stop, ct), device));
    }
}
