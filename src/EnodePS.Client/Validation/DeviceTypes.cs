using System;
using System.Collections.Generic;
using EnodePS.Client.Models;

namespace EnodePS.Client
{
    /// <summary>The reference's vendor types (vehicle, charger, hvac, inverter, battery, meter) and the models that carry them.</summary>
    public static class DeviceTypes
    {
        public const string Vehicle = "vehicle";
        public const string Charger = "charger";
        public const string Hvac = "hvac";
        public const string Inverter = "inverter";
        public const string Battery = "battery";
        public const string Meter = "meter";

        public static readonly IReadOnlyList<string> All = new[] { Vehicle, Charger, Hvac, Inverter, Battery, Meter };

        /// <summary>The vendor type the value names, or an ArgumentException naming the parameter and the allowed values.</summary>
        public static string Normalize(string? value, string parameterName = "vendorType") => AllowedValues.Normalize(value, All, parameterName);

        /// <summary>The API's collection for the type: "vehicles", "chargers", "hvacs", "inverters", "batteries", "meters".</summary>
        public static string CollectionOf(string deviceType)
        {
            var type = Normalize(deviceType, nameof(deviceType));
            return type == Battery ? "batteries" : type + "s";
        }

        /// <summary>The vendor type of a device model (a Charger is "charger"), or null for anything else.</summary>
        public static string? Of(object? device)
        {
            return (device as IDevice)?.DeviceType;
        }

        /// <summary>The id of a device model, or null for anything else.</summary>
        public static string? IdOf(object? device)
        {
            return (device as IDevice)?.Id;
        }
    }
}
