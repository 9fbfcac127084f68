using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>POST /hvacs/{hvacId}/permanent-hold and /follow-schedule, and PUT /hvacs/{hvacId} (location).</summary>
    public static class HvacControlHandlers
    {
        public static void Register(Router router, ActionEngine engine)
        {
            ControlRoutes.MapControl(router, engine, DeviceKind.Hvac, "permanent-hold", hasBody: true, ReadPermanentHold, CheckPermanentHold,
                documentsScheduleConflict: true);
            ControlRoutes.MapControl(router, engine, DeviceKind.Hvac, "follow-schedule", hasBody: false,
                (JsonObject _, out DeviceCommand? command) => { command = new FollowScheduleCommand(); return null; },
                documentsScheduleConflict: true);
            ControlRoutes.MapSetLocation(router, engine, DeviceKind.Hvac);
        }

        /// <summary>A mode and exactly the setpoints it uses: HEAT heatSetpoint, COOL coolSetpoint, AUTO both, OFF none.</summary>
        private static EmulatorResponse? ReadPermanentHold(JsonObject body, out DeviceCommand? command)
        {
            command = null;
            var problem = ControlRoutes.ReadOneOf(body, "mode", PermanentHoldCommand.Modes, out var mode);
            if (problem != null) return problem;
            problem = ReadSetpoint(body, "heatSetpoint", PermanentHoldCommand.UsesHeatSetpoint(mode), mode, out var heat);
            if (problem != null) return problem;
            problem = ReadSetpoint(body, "coolSetpoint", PermanentHoldCommand.UsesCoolSetpoint(mode), mode, out var cool);
            if (problem != null) return problem;
            if (mode == "AUTO" && heat >= cool) return Problems.Invalid("coolSetpoint", "must be above heatSetpoint in AUTO mode");
            command = new PermanentHoldCommand(mode, heat, cool);
            return null;
        }

        private static EmulatorResponse? ReadSetpoint(JsonObject body, string field, bool used, string mode, out double? value)
        {
            value = null;
            var given = body.TryGetPropertyValue(field, out var node) && node != null;
            if (!used)
                return given ? Problems.Invalid(field, $"is not used in {mode} mode") : null;
            var parsed = JsonNumbers.Read(node);
            if (parsed != null && !double.IsInfinity(parsed.Value))
            {
                value = parsed;
                return null;
            }
            return Problems.Invalid(field, $"is required in {mode} mode and must be a temperature in degrees Celsius");
        }

        /// <summary>The mode must be one of capabilities.capableModes and each setpoint within its range.</summary>
        private static EmulatorResponse? CheckPermanentHold(JsonObject device, DeviceCommand command)
        {
            var hold = (PermanentHoldCommand)command;
            var capabilities = device["capabilities"];
            var modes = (capabilities?["capableModes"] as JsonArray)?.Select(m => (string?)m).ToList();
            if (modes != null && !modes.Contains(hold.Mode))
                return Problems.Invalid("mode", "must be one of the HVAC unit's capable modes: " + string.Join(", ", modes));
            return OutOfRange("heatSetpoint", hold.HeatSetpoint, capabilities?["heatSetpointRange"])
                   ?? OutOfRange("coolSetpoint", hold.CoolSetpoint, capabilities?["coolSetpointRange"])
                   ?? (hold.HeatSetpoint != null && hold.CoolSetpoint != null
                       ? OutOfRange("coolSetpoint", hold.CoolSetpoint - hold.HeatSetpoint, capabilities?["setpointDifferenceRange"], "minus heatSetpoint ")
                       : null);
        }

        private static EmulatorResponse? OutOfRange(string field, double? value, JsonNode? range, string what = "")
        {
            if (value == null || range == null) return null;
            var min = JsonNumbers.Read(range["min"]);
            var max = JsonNumbers.Read(range["max"]);
            if ((min == null || value >= min) && (max == null || value <= max)) return null;
            return Problems.Invalid(field, string.Format(CultureInfo.InvariantCulture, "{0}must be from {1} to {2} for this HVAC unit", what, min, max));
        }
    }
}
