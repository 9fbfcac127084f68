using System;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Actions
{
    /// <summary>A kind of controllable device: its collection, the scope control needs, and its name in actions and events.</summary>
    public sealed class DeviceKind
    {
        public static readonly DeviceKind Vehicle = new DeviceKind("vehicle", "vehicles", "vehicleId", "vehicle:control:charging", s => s.Vehicles);
        public static readonly DeviceKind Charger = new DeviceKind("charger", "chargers", "chargerId", "charger:control:charging", s => s.Chargers);
        public static readonly DeviceKind Hvac = new DeviceKind("hvac", "hvacs", "hvacId", "hvac:control:mode", s => s.Hvacs);
        public static readonly DeviceKind Battery = new DeviceKind("battery", "batteries", "batteryId", "battery:control:operation_mode", s => s.Batteries);

        public static readonly DeviceKind[] All = { Vehicle, Charger, Hvac, Battery };

        private readonly Func<EmulatorState, RecordTable> _table;

        private DeviceKind(string name, string collection, string idParameter, string controlScope, Func<EmulatorState, RecordTable> table)
        {
            Name = name;
            Collection = collection;
            IdParameter = idParameter;
            ControlScope = controlScope;
            _table = table;
        }

        /// <summary>The action's targetType and the webhook noun: "vehicle", "charger", "hvac", "battery".</summary>
        public string Name { get; }

        /// <summary>The path segment: "vehicles", "chargers", "hvacs", "batteries".</summary>
        public string Collection { get; }
        public string IdParameter { get; }

        /// <summary>The scope a user must have granted for the device to be controlled.</summary>
        public string ControlScope { get; }

        public RecordTable Table(EmulatorState state) => _table(state);

        public override string ToString() => Name;
    }
}
