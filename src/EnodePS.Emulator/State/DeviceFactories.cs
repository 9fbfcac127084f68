using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Creates a device document of any vendor type ("vehicle", "charger", "hvac", "inverter", "battery", "meter"),
    /// and names the table and webhook event noun each type uses. Link completion and seeding go through here.
    /// </summary>
    public static class DeviceFactories
    {
        public static readonly string[] VendorTypes = { "vehicle", "charger", "hvac", "inverter", "battery", "meter" };

        public static RecordTable TableFor(EmulatorState state, string vendorType)
        {
            switch (vendorType)
            {
                case "vehicle": return state.Vehicles;
                case "charger": return state.Chargers;
                case "hvac": return state.Hvacs;
                case "inverter": return state.Inverters;
                case "battery": return state.Batteries;
                case "meter": return state.Meters;
                default: throw new ArgumentException($"Unknown vendor type '{vendorType}'.", nameof(vendorType));
            }
        }

        /// <summary>A new device of the vendor type for the user, with every field of the reference.</summary>
        public static JsonObject Create(string vendorType, Random random, string id, string userId, DateTimeOffset linkedAt, string? vendor = null)
        {
            switch (vendorType)
            {
                case "vehicle": return VehicleFactory.Create(random, id, userId, linkedAt, vendor);
                case "charger": return ChargerFactory.Create(random, id, userId, linkedAt, vendor);
                case "hvac": return HvacFactory.Create(random, id, userId, linkedAt, vendor);
                case "inverter": return InverterFactory.Create(random, id, userId, linkedAt, vendor);
                case "battery": return BatteryFactory.Create(random, id, userId, linkedAt, vendor);
                case "meter": return MeterFactory.Create(random, id, userId, linkedAt, vendor);
                default: throw new ArgumentException($"Unknown vendor type '{vendorType}'.", nameof(vendorType));
            }
        }
    }
}
