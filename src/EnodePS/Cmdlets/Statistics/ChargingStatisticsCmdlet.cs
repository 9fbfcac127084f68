using System;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Statistics
{
    /// <summary>
    /// What Get-EnodeChargingStatistics and Get-EnodeChargingSession share: the user and device type given, or read
    /// from a device object on the pipeline; the range; the device and location filters.
    /// </summary>
    public abstract class ChargingStatisticsCmdlet : ConnectedCmdlet
    {
        protected const string UserSet = "User";
        protected const string DeviceSet = "Device";

        [Parameter(Mandatory = true, ParameterSetName = UserSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>charger, vehicle or hvac.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UserSet)]
        [Alias("Type")]
        [ValidateSet("charger", "vehicle", "hvac", IgnoreCase = true)]
        public string? DeviceType { get; set; }

        /// <summary>Only this device (of -DeviceType); all of the user's when left out.</summary>
        [Parameter(ParameterSetName = UserSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DeviceIdCompleter))]
        public string? DeviceId { get; set; }

        /// <summary>A vehicle, charger or HVAC object: its user, id and type are used.</summary>
        [Parameter(Mandatory = true, ParameterSetName = DeviceSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>The start of the range (local time unless given in UTC).</summary>
        [Parameter(Mandatory = true)]
        [Alias("StartDate", "From")]
        public DateTime StartTime { get; set; }

        /// <summary>The end of the range; now when left out.</summary>
        [Parameter]
        [Alias("EndDate", "To")]
        public DateTime? EndTime { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string? LocationId { get; set; }

        /// <summary>The query for this invocation (or this pipeline object), checked with the cmdlet's parameter names.</summary>
        protected (string UserId, ChargingStatisticsQuery Query) BuildQuery()
        {
            var start = PipelineObjects.ToOffset(StartTime);
            var end = EndTime == null ? (DateTimeOffset?)null : PipelineObjects.ToOffset(EndTime.Value);
            if (end.HasValue && end <= start)
                throw new EnodeValidationException(nameof(EndTime), EndTime, "a time after -StartTime (" + StartTime.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + ").");

            string userId, type;
            string? deviceId;
            if (ParameterSetName == DeviceSet)
            {
                type = PipelineObjects.AssetType(InputObject!) is string t && System.Linq.Enumerable.Contains(AssetTypes.Statistics, t) ? t
                    : throw new EnodeValidationException(nameof(InputObject), System.Linq.Enumerable.First(PipelineObjects.TypeNames(InputObject!)),
                        "a vehicle, charger or HVAC object (from Get-EnodeVehicle, Get-EnodeCharger or Get-EnodeHvac); or give -UserId and -DeviceType.");
                userId = PipelineObjects.Property(InputObject!, "UserId") ?? throw new EnodeValidationException(nameof(InputObject), type, "an object with a UserId property.");
                deviceId = PipelineObjects.Property(InputObject!, "Id");
            }
            else
            {
                userId = UserId!;
                type = AssetTypes.Check(DeviceType!, AssetTypes.Statistics, nameof(DeviceType));
                deviceId = DeviceId;
            }
            return (userId, new ChargingStatisticsQuery { Type = type, StartDate = start, EndDate = end, DeviceId = deviceId, LocationId = LocationId });
        }
    }
}
