using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Health
{
    /// <summary>
    /// <para type="synopsis">Checks whether the Enode service is ready, or how the vendors of some vendor types are doing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeHealth", HelpUri = HelpLinks.Cmdlets + "Get-EnodeHealth.md", DefaultParameterSetName = ReadinessSet)]
    [OutputType(typeof(ServiceReadiness), ParameterSetName = new[] { ReadinessSet })]
    [OutputType(typeof(VendorHealth), ParameterSetName = new[] { VendorSet })]
    public sealed class GetEnodeHealthCommand : ConnectedCmdlet
    {
        private const string ReadinessSet = "Readiness";
        private const string VendorSet = "Vendor";

        /// <summary>The vendor types whose vendors to report: vehicle, charger, hvac, inverter, battery, meter.</summary>
        [Parameter(Mandatory = true, ParameterSetName = VendorSet, Position = 0)]
        [Alias("VendorType", "AssetType")]
        [ValidateSet("vehicle", "charger", "hvac", "inverter", "battery", "meter", IgnoreCase = true)]
        [ArgumentCompleter(typeof(VendorTypeCompleter))]
        public string[]? DeviceType { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            if (ParameterSetName != VendorSet)
            {
                var readiness = Call(connection, (client, ct) => client.Health.GetReadinessAsync(ct));
                if (!readiness.IsReady) WriteWarning("The Enode service is not ready: " + (readiness.Detail ?? "HTTP 503."));
                Output(readiness);
                return;
            }

            foreach (var type in DeviceType!)
                TryCall(type, () =>
                {
                    foreach (var vendor in Call(connection, (client, ct) => client.Health.ListVendorsAsync(type, ct)))
                        Output(vendor);
                });
        }
    }
}
