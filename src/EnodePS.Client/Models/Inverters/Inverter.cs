using System;
using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>A solar inverter linked by a user.</summary>
    public sealed class Inverter : ApiResource, IDevice
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Vendor { get; set; } = "";
        public DateTimeOffset? LastSeen { get; set; }
        public bool? IsReachable { get; set; }
        public InverterProductionState ProductionState { get; set; } = new InverterProductionState();

        /// <summary>IANA time zone of the installation, e.g. Europe/Oslo; statistics days are in this zone.</summary>
        public string? Timezone { get; set; }
        public InverterCapabilities Capabilities { get; set; } = new InverterCapabilities();
        public List<string> Scopes { get; set; } = new List<string>();
        public InverterInformation Information { get; set; } = new InverterInformation();
        public DeviceLocation Location { get; set; } = new DeviceLocation();

        /// <summary>The HEM system the inverter belongs to, if any.</summary>
        public string? HemSystemId { get; set; }

        string IDevice.DeviceType => DeviceTypes.Inverter;
        object IDevice.Capabilities => Capabilities;

        public override string ToString() => Id;
    }
}
