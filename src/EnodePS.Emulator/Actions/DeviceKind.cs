using System;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Actions
{
    /// <summary>A kind of controllable device: its collection, the scope control needs, and its name in actions and events.</summary>
    public sealed class DeviceKind
    {
        public static readonly DeviceKind Vehicle = new DeviceKind("vehicle", "vehicles", "vehicleId", "vehicle:control:charging", s => s.Vehicles,
            "startCharging", "stopCharging", "setMaxCurrent", "smartCharging");
        public static readonly DeviceKind Charger = new DeviceKind("charger", "chargers", "chargerId", "charger:control:charging", s => s.Chargers,
            "startCharging", "stopCharging", "setMaxCurrent", "setChargeRateLimit");
        public static readonly DeviceKind Hvac = new DeviceKind("hvac", "hvacs", "hvacId", "hvac:control:mode", s => s.Hvacs,
            "setFollowSchedule", "setPermanentHold");
        public static readonly DeviceKind Battery = new DeviceKind("battery", "batteries", "batteryId", "battery:control:operation_mode", s => s.Batteries,
            "importFocus", "exportFocus", "timeOfUse", "selfReliance", "idle");

        public static readonly DeviceKind[] All = { Vehicle, Charger, Hvac, Battery };

        private readonly Func<EmulatorState, RecordTable> _table;

        private DeviceKind(string name, string collection, string idParameter, string controlScope, Func<EmulatorState, RecordTable> table,
            params string[] controlCapabilities)
        {
            Name = name;
            Collection = collection;
            IdParameter = idParameter;
            ControlScope = controlScope;
            ControlCapabilities = controlCapabilities;
            _table = table;
        }

        /// <summary>The kind named by an action's targetType or a vendor type ("vehicle"), or null for one that takes no control.</summary>
        public static DeviceKind? Named(string name) => Array.Find(All, k => k.Name == name);

        /// <summary>The action's targetType and the webhook noun: "vehicle", "charger", "hvac", "battery".</summary>
        public string Name { get; }

        /// <summary>The path segment: "vehicles", "chargers", "hvacs", "batteries".</summary>
        public string Collection { get; }
        public string IdParameter { get; }

        /// <summary>The scope a user must have granted for the device to be controlled.</summary>
        public string ControlScope { get; }

        /// <summary>The capabilities that need <see cref="ControlScope"/>: without it they are never capable.</summary>
        public string[] ControlCapabilities { get; }

        public RecordTable Table(EmulatorState state) => _table(state);

        public override string ToString() => Name;
    }
}
