using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Actions
{
    /// <summary>Sets a charger's chargeState.chargeRateLimit (kW); its maxCurrent follows, as the reference says.</summary>
    public sealed class ChargeRateLimitCommand : DeviceCommand
    {
        private readonly double _limit;

        public ChargeRateLimitCommand(double chargeRateLimit) { _limit = chargeRateLimit; }

        public double ChargeRateLimit => _limit;

        public override string Capability => "setChargeRateLimit";

        public override void Describe(JsonObject action) => action["targetState"] = new JsonObject { ["chargeRateLimit"] = _limit };

        public override ActionFailure? Check(JsonObject device) =>
            Number(device["chargeState"]?["chargeRateLimit"]) == _limit
                ? ActionFailure.Unnecessary($"The charger's charge rate limit is already {_limit.ToString(CultureInfo.InvariantCulture)} kW.")
                : null;

        public override IReadOnlyList<string> Apply(JsonObject device, DateTimeOffset now)
        {
            var state = (JsonObject)device["chargeState"]!;
            // A limit above what one phase can carry means a three-phase installation.
            var highest = Number(device["capabilities"]?["setChargeRateLimit"]?["allowedRange"]?["max"]) ?? _limit;
            var phases = highest > 7.4 ? 3 : 1;
            state["chargeRateLimit"] = _limit;
            state["maxCurrent"] = Math.Max(1, Math.Round(_limit * 1000 / (230.0 * phases)));
            var updated = new List<string> { "chargeState.chargeRateLimit", "chargeState.maxCurrent", "chargeState.lastUpdated" };
            var rate = Number(state["chargeRate"]);
            if (rate != null && rate > _limit)
            {
                state["chargeRate"] = _limit;
                updated.Add("chargeState.chargeRate");
            }
            state["lastUpdated"] = VehicleFactory.Iso(now);
            return updated;
        }
    }
}
