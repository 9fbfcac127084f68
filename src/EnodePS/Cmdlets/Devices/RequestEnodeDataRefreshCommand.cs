using System;
using System.Collections.Generic;
using System.Linq;
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

        private static readonly string[] DeviceKinds = { "Vehicle", "Charger", "Hvac", "Inverter", "Battery", "Meter" };
        private IReadOnlyList<PipelineRule>? _rules;
        private string? _pipedType, _pipedId;

        /// <summary>A device from a Get-Enode* cmdlet: a Vehicle, Charger, Hvac, Inverter, Battery or Meter; any other object is refused.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

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

            if (!BindInput(InputObject!, _rules ??= DeviceKinds
                    .Select(kind => PipelineRule.For(kind, "Id", "-Id (-DeviceType " + kind.ToLowerInvariant() + ")",
                        id => (_pipedType, _pipedId) = (kind.ToLowerInvariant(), id)))
                    .ToList())) return;
            Refresh(_pipedType!, _pipedId!);
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
