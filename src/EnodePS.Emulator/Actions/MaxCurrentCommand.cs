using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Actions
{
    /// <summary>Sets chargeState.maxCurrent (amperes) of a vehicle or a charger.</summary>
    public sealed class MaxCurrentCommand : DeviceCommand
    {
        private readonly DeviceKind _kind;
        private readonly double _maxCurrent;

        public MaxCurrentCommand(DeviceKind kind, double maxCurrent)
        {
            _kind = kind;
            _maxCurrent = maxCurrent;
        }

        public override string Capability => "setMaxCurrent";

        public override void Describe(JsonObject action) => action["targetState"] = new JsonObject { ["maxCurrent"] = _maxCurrent };

        public override ActionFailure? Check(JsonObject device) =>
            Number(device["chargeState"]?["maxCurrent"]) == _maxCurrent
                ? ActionFailure.Unnecessary($"The {_kind}'s max current is already {_maxCurrent.ToString(CultureInfo.InvariantCulture)} A.")
                : null;

        public override IReadOnlyList<string> Apply(JsonObject device, DateTimeOffset now)
        {
            var state = (JsonObject)device["chargeState"]!;
            state["maxCurrent"] = _maxCurrent;
            state["lastUpdated"] = VehicleFactory.Iso(now);
            return new[] { "chargeState.maxCurrent", "chargeState.lastUpdated" };
        }
    }
}
