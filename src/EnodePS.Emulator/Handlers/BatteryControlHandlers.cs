using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>POST /batteries/{batteryId}/operation-mode.</summary>
    public static class BatteryControlHandlers
    {
        public static void Register(Router router, ActionEngine engine)
        {
            ControlRoutes.MapControl(router, engine, DeviceKind.Battery, "operation-mode", hasBody: true, ReadOperationMode);
        }

        private static EmulatorResponse? ReadOperationMode(JsonObject body, out DeviceCommand? command)
        {
            command = null;
            var problem = ControlRoutes.ReadOneOf(body, "operationMode", OperationModeCommand.Modes.ToArray(), out var mode);
            if (problem == null) command = new OperationModeCommand(mode);
            return problem;
        }
    }
}
