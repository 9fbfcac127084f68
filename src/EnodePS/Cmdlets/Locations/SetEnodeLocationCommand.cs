using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Locations
{
    /// <summary>
    /// <para type="synopsis">Changes a location's name, coordinates or time zone.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeLocation", HelpUri = HelpLinks.Cmdlets + "Set-EnodeLocation.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Location))]
    public sealed class SetEnodeLocationCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("LocationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string? Id { get; set; }

        /// <summary>A location (its Id) or a location id string from the pipeline (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public double? Latitude { get; set; }

        [Parameter]
        public double? Longitude { get; set; }

        [Parameter]
        [Alias("TimeZone")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TimeZoneCompleter))]
        public string? TimezoneName { get; set; }

        /// <summary>Writes the updated location.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet && !BindInput(InputObject!, PipelineRule.ForKind("Location", "-Id", id => Id = id))) return;
            if (Name == null && Latitude == null && Longitude == null && TimezoneName == null)
                InvalidParameter(nameof(Name), null, "give at least one of -Name, -Latitude, -Longitude or -TimezoneName to change.");
            var changes = new LocationRequest
            {
                Name = Name,
                Latitude = Latitude == null ? (double?)null : Coordinates.Latitude(Latitude.Value, nameof(Latitude)),
                Longitude = Longitude == null ? (double?)null : Coordinates.Longitude(Longitude.Value, nameof(Longitude)),
                TimezoneName = TimezoneName == null ? null : TimeZoneNames.Check(TimezoneName, nameof(TimezoneName)),
            };
            var connection = ActiveConnection;
            var id = Id!;
            if (!ShouldProcess(id, "Update location")) return;
            TryCall(id, () =>
            {
                var location = Call(connection, (client, ct) => client.Locations.UpdateAsync(id, changes, ct));
                if (PassThru.IsPresent) Output(location);
            });
        }
    }
}
