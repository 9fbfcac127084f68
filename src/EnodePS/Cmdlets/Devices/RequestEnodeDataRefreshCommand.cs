using System;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Devices
{
    /// <summary>
    /// <para type="synopsis">Asks Enode to fetch fresh data for devices from their vendors (a refresh hint).</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Request, "EnodeDataRefresh", HelpUri = HelpLinks.Cmdlets + "Request-EnodeDataRefresh.md", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Vehicle), typeof(Charger), typeof(Hvac), typeof(Inverter), typeof(Battery), typeof(Meter))]
    public sealed class RequestEnodeDataRefreshCommand : ConnectedCmdlet
    {
        private const string InputObjectSet = "InputObject";
        private const string ByIdSet = "ById";

        /// <summary>A device from a Get-Enode* cmdlet: a Vehicle, Charger, Hvac, Inverter, Battery or Meter.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>Device ids, all of the -DeviceType.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>The vendor type of the -Id devices: vehicle, charger, hvac, inverter, battery or meter.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 1)]
        [Alias("Type", "VendorType")]
        [ValidateSet("vehicle", "charger", "hvac", "inverter", "battery", "meter", IgnoreCase = true)]
        [ArgumentCompleter(typeof(VendorTypeCompleter))]
        public string? DeviceType { get; set; }

        /// <summary>Writes each device as it is after the hint (the vendor may take a moment to deliver new data).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == ByIdSet)
            {
                var type = DeviceTypes.Normalize(DeviceType, nameof(DeviceType));
                foreach (var id in Id ?? Array.Empty<string>()) Refresh(type, id);
                return;
            }

            var device = InputObject is PSObject wrapped ? wrapped.BaseObject : InputObject;
            var deviceType = DeviceTypes.Of(device);
            if (deviceType == null)
            {
                NonTerminating(new ArgumentException(
                    $"Cannot refresh a {device?.GetType().Name ?? "null"}: pipe in a Vehicle, Charger, Hvac, Inverter, Battery or Meter, or use -Id with -DeviceType.",
                    nameof(InputObject)), device);
                return;
            }
            Refresh(deviceType, DeviceTypes.IdOf(device)!);
        }

        private void Refresh(string type, string id)
        {
            if (!ShouldProcess($"{type} {id}", "Request a data refresh")) return;
            var connection = ActiveConnection;
            TryCall(id, () =>
            {
                Call(connection, async (client, ct) => { await client.Devices.RequestRefreshAsync(type, id, ct).ConfigureAwait(false); return true; });
                if (PassThru.IsPresent) Output(Call(connection, (client, ct) => client.Devices.GetAsync(type, id, ct)));
            });
        }
    }
}
