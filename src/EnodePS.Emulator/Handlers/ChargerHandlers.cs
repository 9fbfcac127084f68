using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    public static class ChargerHandlers
    {
        public static void Register(Router router)
        {
            DeviceRoutes.MapReads(router, "chargers", "chargerId", s => s.Chargers, "charger");
            DeviceRoutes.MapRefreshHint(router, "chargers", "chargerId", s => s.Chargers, "charger", "charger");
        }
    }
}
