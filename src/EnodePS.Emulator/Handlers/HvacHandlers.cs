using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    public static class HvacHandlers
    {
        public static void Register(Router router)
        {
            DeviceRoutes.MapReads(router, "hvacs", "hvacId", s => s.Hvacs, "hvac");
            DeviceRoutes.MapRefreshHint(router, "hvacs", "hvacId", s => s.Hvacs, "hvac", "hvac");
        }
    }
}
