using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Completers;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// Sets (or clears) the location of devices by id: -LocationId or -ClearLocation, -PassThru, one request per id.
    /// Derived cmdlets declare -Id (with their alias and completer) and make the call.
    /// </summary>
    public abstract class SetDeviceLocationCmdlet<TDevice> : ConnectedCmdlet
    {
        protected const string LocationSet = "Location";
        protected const string ClearLocationSet = "ClearLocation";
        protected const string LocationInputObjectSet = "LocationInputObject";
        protected const string ClearLocationInputObjectSet = "ClearLocationInputObject";
        private IReadOnlyList<PipelineRule>? _rules;
        private string? _pipedId;

        /// <summary>A device of this cmdlet's kind (from its Get- cmdlet) or its id; any other object is refused.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LocationInputObjectSet, ValueFromPipeline = true)]
        [Parameter(Mandatory = true, ParameterSetName = ClearLocationInputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The location (of the device's user) the device is at.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LocationSet)]
        [Parameter(Mandatory = true, ParameterSetName = LocationInputObjectSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string? LocationId { get; set; }

        /// <summary>Takes the device off its location.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ClearLocationSet)]
        [Parameter(Mandatory = true, ParameterSetName = ClearLocationInputObjectSet)]
        public SwitchParameter ClearLocation { get; set; }

        /// <summary>Writes each device as it is afterwards.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The ids given to -Id.</summary>
        protected abstract string[]? Ids { get; }

        /// <summary>How the device is named in confirmation prompts, e.g. "charger".</summary>
        protected abstract string DeviceNoun { get; }

        /// <summary>The kind of piped object the cmdlet takes, e.g. "Charger" (see docs/pipelines.md).</summary>
        protected abstract string DeviceKind { get; }

        protected abstract Task<TDevice> SetLocation(EnodeClient client, string id, string? locationId, CancellationToken cancellationToken);

        protected override void Process()
        {
            var locationId = ClearLocation.IsPresent ? null : LocationId;
            var ids = Ids ?? Array.Empty<string>();
            if (InputObject != null)
            {
                if (!BindInput(InputObject, _rules ??= PipelineRule.ForKind(DeviceKind, "-Id", id => _pipedId = id))) return;
                ids = new[] { _pipedId! };
            }
            foreach (var id in ids)
            {
                if (!ShouldProcess(DeviceNoun + " " + id, locationId == null ? "Clear the location" : "Set the location to " + locationId)) continue;
                var connection = ActiveConnection;
                TryCall(id, () =>
                {
                    var device = Call(connection, (client, ct) => SetLocation(client, id, locationId, ct));
                    if (PassThru.IsPresent) Output(device);
                });
            }
        }
    }
}
