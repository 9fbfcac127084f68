using System.Collections.Generic;

namespace EnodePS.Client
{
    /// <summary>The device types that take actions, and where their actions live (/vehicles/actions/{id}, ...).</summary>
    public static class ActionTargetTypes
    {
        public static readonly IReadOnlyList<string> All = new[] { DeviceTypes.Vehicle, DeviceTypes.Charger, DeviceTypes.Hvac, DeviceTypes.Battery };

        /// <summary>Types that charge: START/STOP and max current.</summary>
        public static readonly IReadOnlyList<string> Charging = new[] { DeviceTypes.Vehicle, DeviceTypes.Charger };

        /// <summary>The target type the value names, or an ArgumentException naming the parameter and the allowed values.</summary>
        public static string Normalize(string? value, string parameterName = "targetType") => AllowedValues.Normalize(value, All, parameterName);
    }
}
