using System;
using System.Collections.Generic;
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
        private IReadOnlyList<PipelineRule>? _rules;
        private (string UserId, string Type, string? DeviceId) _piped;

        [Parameter(Mandatory = true, ParameterSetName = UserSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>charger, vehicle or hvac; with a piped user, which of the user's devices.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UserSet)]
        [Parameter(ParameterSetName = DeviceSet)]
        [Alias("Type")]
        [ValidateSet("charger", "vehicle", "hvac", IgnoreCase = true)]
        public string? DeviceType { get; set; }

        /// <summary>Only this device (of -DeviceType); all of the user's when left out.</summary>
        [Parameter(ParameterSetName = UserSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DeviceIdCompleter))]
        public string? DeviceId { get; set; }

        /// <summary>
        /// A vehicle, charger or HVAC object (its user, id and type are used), or a user (with -DeviceType); any other
        /// object is refused.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = DeviceSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

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

        /// <summary>
        /// The query for this invocation (or this pipeline object), checked with the cmdlet's parameter names; null when
        /// the piped object was refused (reported as an error for that object).
        /// </summary>
        protected (string UserId, ChargingStatisticsQuery Query)? BuildQuery()
        {
            var start = PipelineObjects.ToOffset(StartTime);
            var end = EndTime == null ? (DateTimeOffset?)null : PipelineObjects.ToOffset(EndTime.Value);
            if (end.HasValue && end <= start)
                throw new EnodeValidationException(nameof(EndTime), EndTime, "a time after -StartTime (" + StartTime.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + ").");

            string userId, type;
            string? deviceId;
            if (ParameterSetName == DeviceSet)
            {
                if (!BindInput(InputObject!, _rules ??= PipedRules())) return null;
                (userId, type, deviceId) = _piped;
            }
            else
            {
                userId = UserId!;
                type = AssetTypes.Check(DeviceType!, AssetTypes.Statistics, nameof(DeviceType));
                deviceId = DeviceId;
            }
            return (userId, new ChargingStatisticsQuery { Type = type, StartDate = start, EndDate = end, DeviceId = deviceId, LocationId = LocationId });
        }

        /// <summary>What each kind of piped object binds: a device its user, type and id; a user its id (with -DeviceType).</summary>
        private List<PipelineRule> PipedRules()
        {
            var rules = new List<PipelineRule>();
            foreach (var kind in new[] { "Vehicle", "Charger", "Hvac" })
            {
                var kindType = kind.ToLowerInvariant();
                rules.Add(PipelineRule.For(kind, "Id", "-DeviceId, with -UserId and -DeviceType " + kindType, id =>
                {
                    if (DeviceType != null && !string.Equals(DeviceType, kindType, StringComparison.OrdinalIgnoreCase))
                        InvalidParameter(nameof(DeviceType), DeviceType, $"a piped {kindType} is of type {kindType}: leave -DeviceType out or pipe {DeviceType} objects.");
                    _piped = (PipelineObjects.Property(InputObject!, "UserId") ?? "", kindType, id);
                }));
            }
            rules.Add(PipelineRule.For("User", "Id", "-UserId (with -DeviceType)", id =>
            {
                if (DeviceType == null)
                    InvalidParameter(nameof(DeviceType), null, "a piped user needs -DeviceType (charger, vehicle or hvac): which of the user's devices.");
                _piped = (id, AssetTypes.Check(DeviceType!, AssetTypes.Statistics, nameof(DeviceType)), null);
            }));
            return rules;
        }
    }
}
