using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Chargers
{
    /// <summary>
    /// <para type="synopsis">Sets which of its user's locations a charger is at, or clears it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeCharger", HelpUri = HelpLinks.Cmdlets + "Set-EnodeCharger.md", DefaultParameterSetName = LocationSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Charger))]
    public sealed class SetEnodeChargerCommand : SetDeviceLocationCmdlet<Charger>
    {
        /// <summary>Charger ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LocationSet, Position = 0)]
        [Parameter(Mandatory = true, ParameterSetName = ClearLocationSet, Position = 0)]
        [Alias("ChargerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ChargerIdCompleter))]
        public string[]? Id { get; set; }

        protected override string[]? Ids => Id;

        protected override string DeviceKind => "Charger";

        protected override string DeviceNoun => "charger";

        protected override Task<Charger> SetLocation(EnodeClient client, string id, string? locationId, CancellationToken cancellationToken) =>
            client.Chargers.SetLocationAsync(id, locationId, cancellationToken);
    }
}
