using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Actions
{
    /// <summary>Returns an HVAC unit to the schedule set on the device (ends a permanent hold).</summary>
    public sealed class FollowScheduleCommand : DeviceCommand
    {
        public override string Capability => "setFollowSchedule";

        public override void Describe(JsonObject action) => action["target"] = new JsonObject { ["holdType"] = "SCHEDULED" };

        public override ActionFailure? Check(JsonObject device) =>
            (string?)device["thermostatState"]?["holdType"] == "SCHEDULED"
                ? ActionFailure.Unnecessary("The HVAC unit already follows its schedule.")
                : null;

        public override IReadOnlyList<string> Apply(JsonObject device, DateTimeOffset now)
        {
            var state = (JsonObject)device["thermostatState"]!;
            state["holdType"] = "SCHEDULED";
            state["lastUpdated"] = VehicleFactory.Iso(now);
            return new[] { "thermostatState.holdType", "thermostatState.lastUpdated" };
        }
    }
}
