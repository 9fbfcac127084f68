using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    public static class BatteryHandlers
    {
        public static void Register(Router router)
        {
            DeviceRoutes.MapReads(router, "batteries", "batteryId", s => s.Batteries, "battery");
            DeviceRoutes.MapRefreshHint(router, "batteries", "batteryId", s => s.Batteries, "battery", "battery");
        }
    }
}
