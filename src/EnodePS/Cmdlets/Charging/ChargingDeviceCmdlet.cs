using System;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Resources;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Charging
{
    /// <summary>
    /// The parameters of the cmdlets that control vehicles and chargers alike: a Vehicle or Charger from the pipeline
    /// (its type taken from the object), or -Id with -DeviceType.
    /// </summary>
    public abstract class ChargingDeviceCmdlet : ControlCmdlet
    {
        protected const string InputObjectSet = "InputObject";
        protected const string ByIdSet = "ById";

        /// <summary>A Vehicle or Charger, from Get-EnodeVehicle or Get-EnodeCharger.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>Ids of vehicles or chargers, all of the -DeviceType.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TypedDeviceIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>vehicle or charger: what the -Id devices are.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 1)]
        [Alias("Type")]
        [ValidateSet("vehicle", "charger", IgnoreCase = true)]
        public string? DeviceType { get; set; }

        /// <summary>Calls <paramref name="control"/> with each device's type and id, and the device itself when it came from the pipeline.</summary>
        protected void ForEachDevice(Action<string, string, object?> control)
        {
            if (ParameterSetName == ByIdSet)
            {
                var type = AllowedValues.Normalize(DeviceType, ActionTargetTypes.Charging, nameof(DeviceType));
                foreach (var id in Id ?? Array.Empty<string>()) control(type, id, null);
                return;
            }

            var device = Unwrap(InputObject);
            string deviceType;
            try
            {
                deviceType = DevicesResource.ChargingTypeOf(device, nameof(InputObject));
            }
            catch (ArgumentException error)
            {
                NonTerminating(error, device);
                return;
            }
            control(deviceType, DeviceTypes.IdOf(device)!, device);
        }
    }
}
