using System;
using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>An EV charger (wallbox) linked by a user.</summary>
    public sealed class Charger : ApiResource, IDevice
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";

        /// <summary>Machine name of the vendor, e.g. ZAPTEC or EASEE.</summary>
        public string Vendor { get; set; } = "";
        public DateTimeOffset? LastSeen { get; set; }
        public bool? IsReachable { get; set; }
        public ChargerChargeState ChargeState { get; set; } = new ChargerChargeState();
        public ChargerCapabilities Capabilities { get; set; } = new ChargerCapabilities();
        public List<string> Scopes { get; set; } = new List<string>();
        public ChargerInformation Information { get; set; } = new ChargerInformation();

        /// <summary>The Enode location the charger is at; chargers report no coordinates.</summary>
        public DeviceLocation Location { get; set; } = new DeviceLocation();

        string IDevice.DeviceType => DeviceTypes.Charger;
        object IDevice.Capabilities => Capabilities;

        public override string ToString() => Id;
    }
}
