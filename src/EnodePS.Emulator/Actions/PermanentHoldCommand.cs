using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Actions
{
    /// <summary>
    /// Holds an HVAC unit in a mode with its setpoints until told otherwise: COOL with coolSetpoint, HEAT with
    /// heatSetpoint, AUTO with both, OFF with none.
    /// </summary>
    public sealed class PermanentHoldCommand : DeviceCommand
    {
        public static readonly string[] Modes = { "HEAT", "COOL", "AUTO", "OFF" };

        public PermanentHoldCommand(string mode, double? heatSetpoint, double? coolSetpoint)
        {
            Mode = mode;
            HeatSetpoint = heatSetpoint;
            CoolSetpoint = coolSetpoint;
        }

        public string Mode { get; }
        public double? HeatSetpoint { get; }
        public double? CoolSetpoint { get; }

        public static bool UsesHeatSetpoint(string mode) => mode == "HEAT" || mode == "AUTO";
        public static bool UsesCoolSetpoint(string mode) => mode == "COOL" || mode == "AUTO";

        public override string Capability => "setPermanentHold";

        public override void Describe(JsonObject action)
        {
            var target = new JsonObject();
            if (HeatSetpoint != null) target["heatSetpoint"] = HeatSetpoint;
            if (CoolSetpoint != null) target["coolSetpoint"] = CoolSetpoint;
            target["mode"] = Mode;
            target["holdType"] = "PERMANENT";
            action["target"] = target;
        }

        public override ActionFailure? Check(JsonObject device)
        {
            var state = device["thermostatState"];
            var same = (string?)state?["mode"] == Mode && (string?)state?["holdType"] == "PERMANENT"
                       && Number(state?["heatSetpoint"]) == HeatSetpoint && Number(state?["coolSetpoint"]) == CoolSetpoint;
            return same ? ActionFailure.Unnecessary($"The HVAC unit already holds {Mode} at these setpoints.") : null;
        }

        public override IReadOnlyList<string> Apply(JsonObject device, DateTimeOffset now)
        {
            var state = (JsonObject)device["thermostatState"]!;
            state["mode"] = Mode;
            state["heatSetpoint"] = HeatSetpoint;
            state["coolSetpoint"] = CoolSetpoint;
            state["holdType"] = "PERMANENT";
            state["lastUpdated"] = VehicleFactory.Iso(now);
            var updated = new List<string>
            {
                "thermostatState.mode", "thermostatState.heatSetpoint", "thermostatState.coolSetpoint", "thermostatState.holdType", "thermostatState.lastUpdated",
            };

            if (device["temperatureState"] is JsonObject temperature)
            {
                var current = Number(temperature["currentTemperature"]);
                var active = current != null && ((HeatSetpoint != null && current < HeatSetpoint) || (CoolSetpoint != null && current > CoolSetpoint));
                temperature["isActive"] = active;
                temperature["lastUpdated"] = VehicleFactory.Iso(now);
                updated.Add("temperatureState.isActive");
                updated.Add("temperatureState.lastUpdated");
                var consumption = Number(device["consumptionRate"]);
                if (consumption != null)
                {
                    // Units that report consumption draw about a kilowatt while they heat or cool.
                    device["consumptionRate"] = active ? (consumption > 0 ? consumption : 1.0) : 0.0;
                    updated.Add("consumptionRate");
                }
            }
            return updated;
        }
    }
}
