using System;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Hvacs
{
    /// <summary>
    /// <para type="synopsis">Sets which of its user's locations an HVAC unit is at, or clears it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeHvac", DefaultParameterSetName = LocationSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Hvac))]
    public sealed class SetEnodeHvacCommand : ConnectedCmdlet
    {
        private const string LocationSet = "Location";
        private const string ClearLocationSet = "ClearLocation";

        /// <summary>HVAC unit ids; binds the Id property of HVAC units from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("HvacId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HvacIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>The location (of the unit's user) the unit is at.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LocationSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string? LocationId { get; set; }

        /// <summary>Takes the unit off its location.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ClearLocationSet)]
        public SwitchParameter ClearLocation { get => GetSwitch(nameof(ClearLocation)); set => SetSwitch(nameof(ClearLocation), value); }

        /// <summary>Writes each HVAC unit as it is afterwards.</summary>
        [Parameter]
        public SwitchParameter PassThru { get => GetSwitch(nameof(PassThru)); set => SetSwitch(nameof(PassThru), value); }

        protected override void Process()
        {
            var locationId = ParameterSet == ClearLocationSet ? null : LocationId;
            foreach (var id in Id ?? Array.Empty<string>())
            {
                if (!CmdletHost.ShouldProcess("hvac " + id, locationId == null ? "Clear the location" : "Set the location to " + locationId)) continue;
                var connection = ActiveConnection;
                TryCall(id, () =>
                {
                    var hvac = Call(connection, (client, ct) => client.Hvacs.SetLocationAsync(id, locationId, ct));
                    if (IsPresent(nameof(PassThru))) Output(hvac);
                });
            }
        }
    }
}
