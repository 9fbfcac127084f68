using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>POST /vehicles/{vehicleId}/charging and /max-current.</summary>
    public static class VehicleControlHandlers
    {
        public static void Register(Router router, ActionEngine engine)
        {
            ControlRoutes.MapControl(router, engine, DeviceKind.Vehicle, "charging", hasBody: true, ReadCharging, documentsScheduleConflict: true);
            ControlRoutes.MapControl(router, engine, DeviceKind.Vehicle, "max-current", hasBody: true, ReadMaxCurrent);
        }

        internal static EmulatorResponse? ReadCharging(System.Text.Json.Nodes.JsonObject body, out DeviceCommand? command) =>
            ReadCharging(DeviceKind.Vehicle, body, out command);

        internal static EmulatorResponse? ReadCharging(DeviceKind kind, System.Text.Json.Nodes.JsonObject body, out DeviceCommand? command)
        {
            command = null;
            var problem = ControlRoutes.ReadOneOf(body, "action", new[] { ChargingCommand.Start, ChargingCommand.Stop }, out var action);
            if (problem == null) command = new ChargingCommand(kind, action);
            return problem;
        }

        private static EmulatorResponse? ReadMaxCurrent(System.Text.Json.Nodes.JsonObject body, out DeviceCommand? command)
        {
            command = null;
            var problem = ControlRoutes.ReadPositive(body, "maxCurrent", "amperes", out var value);
            if (problem == null) command = new MaxCurrentCommand(DeviceKind.Vehicle, value);
            return problem;
        }
    }
}
