namespace EnodePS.Client.Models
{
    /// <summary>
    /// What every linked device (vehicle, charger, HVAC unit, inverter, battery, meter) has, so that code over devices
    /// needs no type switch or reflection. DeviceType and Capabilities are explicit members: they stay out of the JSON
    /// and out of PowerShell's views.
    /// </summary>
    public interface IDevice
    {
        string Id { get; }
        string UserId { get; }
        string Vendor { get; }

        /// <summary>The API's vendorType of the device: "vehicle", "charger", "hvac", "inverter", "battery" or "meter".</summary>
        string DeviceType { get; }

        /// <summary>The device's capabilities object (VehicleCapabilities, ChargerCapabilities, ...).</summary>
        object Capabilities { get; }
    }
}
