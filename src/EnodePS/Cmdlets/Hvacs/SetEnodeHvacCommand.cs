using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Hvacs
{
    /// <summary>
    /// <para type="synopsis">Sets which of its user's locations an HVAC unit is at, or clears it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeHvac", HelpUri = HelpLinks.Cmdlets + "Set-EnodeHvac.md", DefaultParameterSetName = LocationSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Hvac))]
    public sealed class SetEnodeHvacCommand : SetDeviceLocationCmdlet<Hvac>
    {
        /// <summary>HVAC unit ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LocationSet, Position = 0)]
        [Parameter(Mandatory = true, ParameterSetName = ClearLocationSet, Position = 0)]
        [Alias("HvacId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HvacIdCompleter))]
        public string[]? Id { get; set; }

        protected override string[]? Ids => Id;

        protected override string DeviceKind => "Hvac";

        protected override string DeviceNoun => "hvac";

        protected override Task<Hvac> SetLocation(EnodeClient client, string id, string? locationId, CancellationToken cancellationToken) =>
            client.Hvacs.SetLocationAsync(id, locationId, cancellationToken);
    }
}
