using System.Globalization;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Locations
{
    /// <summary>
    /// <para type="synopsis">Creates a location for a user: a named place with coordinates and a time zone.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "EnodeLocation", HelpUri = HelpLinks.Cmdlets + "New-EnodeLocation.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Location))]
    public sealed class NewEnodeLocationCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>A user (its Id) or a user id string from the pipeline (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Degrees, from -90 to 90.</summary>
        [Parameter(Mandatory = true)]
        public double Latitude { get; set; }

        /// <summary>Degrees, from -180 to 180.</summary>
        [Parameter(Mandatory = true)]
        public double Longitude { get; set; }

        /// <summary>An IANA time zone name such as Europe/Oslo; UTC when left out.</summary>
        [Parameter]
        [Alias("TimeZone")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TimeZoneCompleter))]
        public string? TimezoneName { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet &&
                !BindInput(InputObject!, PipelineRule.ForUser("-UserId", id => UserId = id, fromOwnedObjects: false))) return;
            var request = new LocationRequest
            {
                Name = Name,
                Latitude = Coordinates.Latitude(Latitude, nameof(Latitude)),
                Longitude = Coordinates.Longitude(Longitude, nameof(Longitude)),
                TimezoneName = TimezoneName == null ? "UTC" : TimeZoneNames.Check(TimezoneName, nameof(TimezoneName)),
            };
            var connection = ActiveConnection;
            var userId = UserId!;
            var target = string.Format(CultureInfo.InvariantCulture, "{0} ({1}, {2}) of user {3}", Name, Latitude, Longitude, userId);
            if (!ShouldProcess(target, "Create location")) return;
            TryCall(userId, () => Output(Call(connection, (client, ct) => client.Locations.CreateAsync(userId, request, ct))));
        }
    }
}
