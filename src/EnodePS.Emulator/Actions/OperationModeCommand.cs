using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Actions
{
    /// <summary>Sets a battery's config.operationMode.</summary>
    public sealed class OperationModeCommand : DeviceCommand
    {
        /// <summary>The modes the reference accepts, each with the capability that allows it.</summary>
        public static readonly IReadOnlyDictionary<string, string> CapabilityOfMode = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["IMPORT_FOCUS"] = "importFocus",
            ["EXPORT_FOCUS"] = "exportFocus",
            ["TIME_OF_USE"] = "timeOfUse",
            ["SELF_RELIANCE"] = "selfReliance",
            ["IDLE"] = "idle",
        };

        public static IEnumerable<string> Modes => CapabilityOfMode.Keys;

        private readonly string _mode;

        public OperationModeCommand(string mode) { _mode = mode; }

        public override string Capability => CapabilityOfMode[_mode];

        public override void Describe(JsonObject action) => action["targetState"] = new JsonObject { ["operationMode"] = _mode };

        public override ActionFailure? Check(JsonObject device) =>
            (string?)device["config"]?["operationMode"] == _mode
                ? ActionFailure.Unnecessary($"The battery is already in {_mode}.")
                : null;

        public override IReadOnlyList<string> Apply(JsonObject device, DateTimeOffset now)
        {
            var config = (JsonObject)device["config"]!;
            config["operationMode"] = _mode;
            config["lastUpdated"] = VehicleFactory.Iso(now);
            var updated = new List<string> { "config.operationMode", "config.lastUpdated" };
            if (_mode == "IDLE" && device["chargeState"] is JsonObject state)
            {
                state["chargeRate"] = 0.0;
                state["status"] = "IDLE";
                state["lastUpdated"] = VehicleFactory.Iso(now);
                updated.AddRange(new[] { "chargeState.chargeRate", "chargeState.status", "chargeState.lastUpdated" });
            }
            return updated;
        }
    }
}
