using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Actions
{
    /// <summary>START or STOP charging on a vehicle or a charger: done once powerDeliveryState shows it.</summary>
    public sealed class ChargingCommand : DeviceCommand
    {
        public const string Start = "START";
        public const string Stop = "STOP";

        /// <summary>The rate a vehicle charges at in the emulator (a common 32 A single-phase wallbox).</summary>
        private const double VehicleChargeRate = 7.4;

        private readonly DeviceKind _kind;

        public ChargingCommand(DeviceKind kind, string action)
        {
            _kind = kind;
            Action = action;
        }

        public string Action { get; }
        private bool Starts => Action == Start;

        public override string Capability => Starts ? "startCharging" : "stopCharging";

        public override void Describe(JsonObject action) => action["kind"] = Action;

        public override ActionFailure? Check(JsonObject device)
        {
            var state = device["chargeState"] as JsonObject ?? new JsonObject();
            var charging = Flag(state["isCharging"]) == true;
            if (!Starts)
                return charging ? null : ActionFailure.Unnecessary($"The {_kind} is not charging.");
            if (charging) return ActionFailure.Unnecessary($"The {_kind} is already charging.");
            if (Flag(state["isPluggedIn"]) != true) return ActionFailure.Precondition($"The {_kind} is not plugged in.");
            if (_kind == DeviceKind.Vehicle && IsFullyCharged(state)) return ActionFailure.Precondition("The vehicle is fully charged.");
            return null;
        }

        private static bool IsFullyCharged(JsonObject state)
        {
            if (Flag(state["isFullyCharged"]) == true) return true;
            var level = Number(state["batteryLevel"]);
            var limit = Number(state["chargeLimit"]);
            return level != null && limit != null && level >= limit;
        }

        public override IReadOnlyList<string> Apply(JsonObject device, DateTimeOffset now)
        {
            var state = (JsonObject)device["chargeState"]!;
            var updated = new List<string> { "chargeState.isCharging", "chargeState.powerDeliveryState", "chargeState.chargeRate", "chargeState.lastUpdated" };
            state["isCharging"] = Starts;
            state["powerDeliveryState"] = Starts ? "PLUGGED_IN:CHARGING" : "PLUGGED_IN:STOPPED";
            state["chargeRate"] = Starts ? ChargeRate(state) : (double?)null;
            state["lastUpdated"] = VehicleFactory.Iso(now);
            if (_kind == DeviceKind.Vehicle)
            {
                var level = Number(state["batteryLevel"]) ?? 0;
                var limit = Number(state["chargeLimit"]) ?? 100;
                state["chargeTimeRemaining"] = Starts ? (int?)Math.Max(0, (int)((limit - level) * 6)) : null;
                updated.Add("chargeState.chargeTimeRemaining");
            }
            return updated;
        }

        private double ChargeRate(JsonObject state)
        {
            if (_kind == DeviceKind.Vehicle) return VehicleChargeRate;
            var byCurrent = (Number(state["maxCurrent"]) ?? 16) * 230 * 3 / 1000;
            var limit = Number(state["chargeRateLimit"]);
            return Math.Round(limit != null ? Math.Min(limit.Value, byCurrent) : byCurrent, 2);
        }
    }
}
