using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    public static class MeterHandlers
    {
        public static void Register(Router router)
        {
            DeviceRoutes.MapReads(router, "meters", "meterId", s => s.Meters, "meter");
            DeviceRoutes.MapRefreshHint(router, "meters", "meterId", s => s.Meters, "meter", "meter");
        }
    }
}
