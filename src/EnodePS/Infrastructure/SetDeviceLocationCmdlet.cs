using System;
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

        /// <summary>The location (of the device's user) the device is at.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LocationSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string? LocationId { get; set; }

        /// <summary>Takes the device off its location.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ClearLocationSet)]
        public SwitchParameter ClearLocation { get; set; }

        /// <summary>Writes each device as it is afterwards.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The ids given to -Id.</summary>
        protected abstract string[]? Ids { get; }

        /// <summary>How the device is named in confirmation prompts, e.g. "charger".</summary>
        protected abstract string DeviceNoun { get; }

        protected abstract Task<TDevice> SetLocation(EnodeClient client, string id, string? locationId, CancellationToken cancellationToken);

        protected override void Process()
        {
            var locationId = ParameterSetName == ClearLocationSet ? null : LocationId;
            foreach (var id in Ids ?? Array.Empty<string>())
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
