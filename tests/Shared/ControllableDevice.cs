using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.State;
using Record = EnodePS.Emulator.State.Record;

namespace EnodePS.Tests.Shared
{
    /// <summary>
    /// Puts a device in a state where the conformance sample of a control request is accepted and stays PENDING
    /// (so that its action can still be cancelled): reachable, with the control scope and every capability, and not
    /// already in the state the sample asks for. In the real service that is the user's device; here no API call can
    /// bring it about.
    /// </summary>
    public static class ControllableDevice
    {
        public static bool IsControlOperation(string operation)
        {
            var path = operation.Substring(operation.IndexOf(' ') + 1);
            return DeviceKind.All.Any(k => path.StartsWith("/" + k.Collection + "/", StringComparison.Ordinal))
                   && (operation.StartsWith("POST ", StringComparison.Ordinal) || path.Contains("/actions/"))
                   && !path.EndsWith("/refresh-hint", StringComparison.Ordinal);
        }

        public static void Prepare(EmulatorState state, IReadOnlyDictionary<string, string> values)
        {
            foreach (var kind in DeviceKind.All)
            {
                if (!values.TryGetValue(kind.IdParameter, out var id) || kind.Table(state).Find(id) is not Record device) continue;
                Prepare(kind, device.Body);
            }
        }

        public static void Prepare(DeviceKind kind, JsonObject device)
        {
            device["isReachable"] = true;
            var scopes = (JsonArray)device["scopes"]!;
            if (!scopes.Any(s => (string?)s == kind.ControlScope)) scopes.Add(kind.ControlScope);
            foreach (var capability in ((JsonObject)device["capabilities"]!).Select(p => p.Value).OfType<JsonObject>())
                if (capability.ContainsKey("isCapable"))
                {
                    capability["isCapable"] = true;
                    capability["interventionIds"] = new JsonArray();
                }

            var charge = device["chargeState"] as JsonObject;
            if (kind == DeviceKind.Vehicle)
            {
                charge!["isPluggedIn"] = true;
                charge["isCharging"] = false;
                charge["isFullyCharged"] = false;
                charge["batteryLevel"] = 40;
                charge["chargeLimit"] = 80;
                charge["powerDeliveryState"] = "PLUGGED_IN:STOPPED";
                charge["maxCurrent"] = 32;
                device["smartChargingPolicy"]!["isEnabled"] = false;
            }
            else if (kind == DeviceKind.Charger)
            {
                charge!["isPluggedIn"] = true;
                charge["isCharging"] = false;
                charge["chargeRate"] = null;
                charge["powerDeliveryState"] = "PLUGGED_IN:STOPPED";
                charge["maxCurrent"] = 32;
                charge["chargeRateLimit"] = 22;
                device["capabilities"]!["setChargeRateLimit"]!["allowedRange"] = new JsonObject { ["min"] = 1.4, ["max"] = 22 };
            }
            else if (kind == DeviceKind.Hvac)
            {
                var capabilities = (JsonObject)device["capabilities"]!;
                capabilities["capableModes"] = new JsonArray("OFF", "HEAT", "COOL", "AUTO");
                capabilities["heatSetpointRange"] = new JsonObject { ["min"] = 5, ["max"] = 30 };
                capabilities["coolSetpointRange"] = new JsonObject { ["min"] = 16, ["max"] = 32 };
                capabilities["setpointDifferenceRange"] = new JsonObject { ["min"] = 2, ["max"] = 10 };
                var thermostat = (JsonObject)device["thermostatState"]!;
                thermostat["mode"] = "HEAT";
                thermostat["heatSetpoint"] = 20;
                thermostat["coolSetpoint"] = null;
                thermostat["holdType"] = "PERMANENT";
            }
            else if (kind == DeviceKind.Battery)
            {
                device["config"]!["operationMode"] = "SELF_RELIANCE";
            }
        }
    }
}
