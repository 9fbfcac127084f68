using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Locations
{
    /// <summary>
    /// <para type="synopsis">Deletes locations.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EnodeLocation", HelpUri = HelpLinks.Cmdlets + "Remove-EnodeLocation.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Location))]
    public sealed class RemoveEnodeLocationCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("LocationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Writes each deleted location as it was.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in Id!)
            {
                if (!ShouldProcess(id, "Delete location")) continue;
                TryCall(id, () =>
                {
                    var deleted = Call(connection, (client, ct) => client.Locations.DeleteAsync(id, ct));
                    if (PassThru.IsPresent) Output(deleted);
                });
            }
        }
    }
}
