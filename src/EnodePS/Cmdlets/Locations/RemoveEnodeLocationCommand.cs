using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Locations
{
    /// <summary>
    /// <para type="synopsis">Deletes locations.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EnodeLocation", HelpUri = HelpLinks.Cmdlets + "Remove-EnodeLocation.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Location))]
    public sealed class RemoveEnodeLocationCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("LocationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>A location (its Id) or a location id string from the pipeline; nothing related (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Writes each deleted location as it was.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet && !BindInput(InputObject!, PipelineRule.ForKind("Location", "-Id", id => Id = new[] { id }))) return;
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
