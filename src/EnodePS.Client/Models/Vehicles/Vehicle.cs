using System;
using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>An electric or plug-in hybrid vehicle linked by a user.</summary>
    public sealed class Vehicle : ApiResource, IDevice
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Vendor { get; set; } = "";
        public DateTimeOffset? LastSeen { get; set; }
        public bool? IsReachable { get; set; }
        public VehicleInformation Information { get; set; } = new VehicleInformation();
        public VehicleChargeState ChargeState { get; set; } = new VehicleChargeState();
        public VehicleSmartChargingPolicy SmartChargingPolicy { get; set; } = new VehicleSmartChargingPolicy();
        public VehicleOdometer Odometer { get; set; } = new VehicleOdometer();
        public VehicleCapabilities Capabilities { get; set; } = new VehicleCapabilities();
        public List<string> Scopes { get; set; } = new List<string>();
        public DeviceLocation Location { get; set; } = new DeviceLocation();

        string IDevice.DeviceType => DeviceTypes.Vehicle;
        object IDevice.Capabilities => Capabilities;

        public override string ToString() => Id;
    }
}
