using System;
using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>A home battery linked by a user.</summary>
    public sealed class Battery : ApiResource, IDevice
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Vendor { get; set; } = "";
        public DateTimeOffset? LastSeen { get; set; }
        public bool? IsReachable { get; set; }
        public BatteryChargeState ChargeState { get; set; } = new BatteryChargeState();
        public BatteryConfig Config { get; set; } = new BatteryConfig();
        public BatteryInformation Information { get; set; } = new BatteryInformation();
        public BatteryCapabilities Capabilities { get; set; } = new BatteryCapabilities();
        public List<string> Scopes { get; set; } = new List<string>();
        public DeviceLocation Location { get; set; } = new DeviceLocation();

        /// <summary>The HEM system the battery belongs to, if any.</summary>
        public string? HemSystemId { get; set; }

        string IDevice.DeviceType => DeviceTypes.Battery;
        object IDevice.Capabilities => Capabilities;

        public override string ToString() => Id;
    }
}
