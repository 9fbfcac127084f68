using System;
using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>A grid meter linked by a user.</summary>
    public sealed class Meter : ApiResource, IDevice
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Vendor { get; set; } = "";
        public DateTimeOffset? LastSeen { get; set; }
        public bool? IsReachable { get; set; }
        public MeterInformation Information { get; set; } = new MeterInformation();
        public MeterEnergyState EnergyState { get; set; } = new MeterEnergyState();
        public DeviceLocation Location { get; set; } = new DeviceLocation();
        public MeterCapabilities Capabilities { get; set; } = new MeterCapabilities();
        public List<string> Scopes { get; set; } = new List<string>();

        /// <summary>The HEM system the meter belongs to, if any.</summary>
        public string? HemSystemId { get; set; }

        string IDevice.DeviceType => DeviceTypes.Meter;
        object IDevice.Capabilities => Capabilities;

        public override string ToString() => Id;
    }
}
