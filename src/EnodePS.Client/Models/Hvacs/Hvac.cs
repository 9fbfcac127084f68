using System;
using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>An HVAC unit (thermostat, heater, heat pump or air conditioner) linked by a user.</summary>
    public sealed class Hvac : ApiResource, IDevice
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Vendor { get; set; } = "";
        public DateTimeOffset? LastSeen { get; set; }
        public bool? IsReachable { get; set; }

        /// <summary>kW; 0 when inactive, null when the unit does not report it.</summary>
        public double? ConsumptionRate { get; set; }
        public HvacInformation Information { get; set; } = new HvacInformation();
        public HvacTemperatureState TemperatureState { get; set; } = new HvacTemperatureState();
        public HvacThermostatState ThermostatState { get; set; } = new HvacThermostatState();
        public List<string> Scopes { get; set; } = new List<string>();
        public HvacCapabilities Capabilities { get; set; } = new HvacCapabilities();

        /// <summary>The Enode location the unit is at; HVAC units report no coordinates.</summary>
        public DeviceLocation Location { get; set; } = new DeviceLocation();

        string IDevice.DeviceType => DeviceTypes.Hvac;
        object IDevice.Capabilities => Capabilities;

        public override string ToString() => Id;
    }
}
