using System.Globalization;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>POST /chargers/{chargerId}/charging, /max-current and /charge-rate-limit, and PUT /chargers/{chargerId} (location).</summary>
    public static class ChargerControlHandlers
    {
        public static void Register(Router router, ActionEngine engine)
        {
            ControlRoutes.MapControl(router, engine, DeviceKind.Charger, "charging", hasBody: true,
                (JsonObject body, out DeviceCommand? command) => VehicleControlHandlers.ReadCharging(DeviceKind.Charger, body, out command),
                documentsScheduleConflict: true);
            ControlRoutes.MapControl(router, engine, DeviceKind.Charger, "max-current", hasBody: true, ReadMaxCurrent);
            ControlRoutes.MapControl(router, engine, DeviceKind.Charger, "charge-rate-limit", hasBody: true, ReadChargeRateLimit, CheckChargeRateLimit);
            ControlRoutes.MapSetLocation(router, engine, DeviceKind.Charger);
        }

        private static EmulatorResponse? ReadMaxCurrent(JsonObject body, out DeviceCommand? command)
        {
            command = null;
            var problem = ControlRoutes.ReadPositive(body, "maxCurrent", "amperes", out var value);
            if (problem == null) command = new MaxCurrentCommand(DeviceKind.Charger, value);
            return problem;
        }

        private static EmulatorResponse? ReadChargeRateLimit(JsonObject body, out DeviceCommand? command)
        {
            command = null;
            var problem = ControlRoutes.ReadPositive(body, "chargeRateLimit", "kilowatts", out var value);
            if (problem == null) command = new ChargeRateLimitCommand(value);
            return problem;
        }

        /// <summary>The limit must lie in the charger's capabilities.setChargeRateLimit.allowedRange, where the vendor gives one.</summary>
        private static EmulatorResponse? CheckChargeRateLimit(JsonObject device, DeviceCommand command)
        {
            var range = device["capabilities"]?["setChargeRateLimit"]?["allowedRange"];
            var limit = ((ChargeRateLimitCommand)command).ChargeRateLimit;
            var min = JsonNumbers.Read(range?["min"]);
            var max = JsonNumbers.Read(range?["max"]);
            if ((min == null || limit >= min) && (max == null || limit <= max)) return null;
            return Problems.Invalid("chargeRateLimit", string.Format(CultureInfo.InvariantCulture,
                "must be within the charger's allowed range of {0} to {1} kW", min?.ToString(CultureInfo.InvariantCulture) ?? "any", max?.ToString(CultureInfo.InvariantCulture) ?? "any"));
        }
    }
}
