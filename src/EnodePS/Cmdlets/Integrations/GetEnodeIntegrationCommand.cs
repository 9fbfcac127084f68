using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Integrations
{
    /// <summary>
    /// <para type="synopsis">Gets the vendors your Enode client can link, per asset type, with their status.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeIntegration", HelpUri = HelpLinks.Cmdlets + "Get-EnodeIntegration.md")]
    [OutputType(typeof(Integration))]
    public sealed class GetEnodeIntegrationCommand : ConnectedCmdlet
    {
        /// <summary>Only vendors of these asset types (vehicle, charger, hvac, inverter, battery, meter); all when omitted.</summary>
        [Parameter(Position = 0)]
        [Alias("AssetType", "VendorType")]
        [ValidateSet("vehicle", "charger", "hvac", "inverter", "battery", "meter", IgnoreCase = true)]
        [ArgumentCompleter(typeof(VendorTypeCompleter))]
        public string[]? DeviceType { get; set; }

        /// <summary>Only this vendor, e.g. TESLA.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VendorCompleter))]
        public string? Vendor { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var integration in Call(connection, (client, ct) => client.Integrations.ListAsync(DeviceType, ct)))
                if (Vendor == null || string.Equals(integration.Vendor, Vendor, System.StringComparison.OrdinalIgnoreCase))
                    Output(integration);
        }
    }
}
