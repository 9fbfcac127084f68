using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    public static class VehicleHandlers
    {
        public static void Register(Router router)
        {
            router.Map("GET", "/vehicles", c => Paging.List(c, c.State.Vehicles, _ => true, Paging.Copy));
            router.Map("GET", "/users/{userId}/vehicles", c =>
            {
                var userId = c.Route("userId");
                return Paging.List(c, c.State.Vehicles, r => r.UserId == userId, Paging.Copy);
            });
            router.Map("GET", "/vehicles/{vehicleId}", c => RecordResponses.Get(c, c.State.Vehicles, c.Route("vehicleId"), "vehicle"));
            DeviceRoutes.MapRefreshHint(router, "vehicles", "vehicleId", s => s.Vehicles, "vehicle", "vehicle");
        }
    }
}
