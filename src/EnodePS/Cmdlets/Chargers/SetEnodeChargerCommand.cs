using System;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Chargers
{
    /// <summary>
    /// <para type="synopsis">Sets which of its user's locations a charger is at, or clears it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeCharger", DefaultParameterSetName = LocationSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Charger))]
    public sealed class SetEnodeChargerCommand : ConnectedCmdlet
    {
        private const string LocationSet = "Location";
        private const string ClearLocationSet = "ClearLocation";

        /// <summary>Charger ids; binds the Id property of chargers from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ChargerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ChargerIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>The location (of the charger's user) the charger is at.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LocationSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string? LocationId { get; set; }

        /// <summary>Takes the charger off its location.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ClearLocationSet)]
        public SwitchParameter ClearLocation { get => GetSwitch(nameof(ClearLocation)); set => SetSwitch(nameof(ClearLocation), value); }

        /// <summary>Writes each charger as it is afterwards.</summary>
        [Parameter]
        public SwitchParameter PassThru { get => GetSwitch(nameof(PassThru)); set => SetSwitch(nameof(PassThru), value); }

        protected override void Process()
        {
            var locationId = ParameterSet == ClearLocationSet ? null : LocationId;
            foreach (var id in Id ?? Array.Empty<string>())
            {
                if (!CmdletHost.ShouldProcess("charger " + id, locationId == null ? "Clear the location" : "Set the location to " + locationId)) continue;
                var connection = ActiveConnection;
                TryCall(id, () =>
                {
                    var charger = Call(connection, (client, ct) => client.Chargers.SetLocationAsync(id, locationId, ct));
                    if (IsPresent(nameof(PassThru))) Output(charger);
                });
            }
        }
    }
}
