using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>GET /health/ready (204 or 503) and GET /health/{collection}: the vendors of one vendor type and their status.</summary>
    public static class HealthHandlers
    {
        public static void Register(Router router)
        {
            router.Map("GET", "/health/ready", c => c.State.Health.IsReady
                ? EmulatorResponse.NoContent()
                : Problems.Create(503, "service-unavailable", "Service Unavailable", "At least one functionality of the system is not operating nominally."));
            MapVendors(router, "chargers", "charger");
            MapVendors(router, "vehicles", "vehicle");
            MapVendors(router, "batteries", "battery");
            MapVendors(router, "inverters", "inverter");
            MapVendors(router, "hvacs", "hvac");
            MapVendors(router, "meters", "meter");
        }

        private static void MapVendors(Router router, string collection, string vendorType)
        {
            router.Map("GET", "/health/" + collection, c =>
            {
                var items = new JsonArray();
                foreach (var vendor in VendorCatalog.VendorsByType[vendorType])
                {
                    var (status, linkingStatus) = c.State.Health.StatusOf(vendor);
                    items.Add(new JsonObject
                    {
                        ["vendor"] = vendor,
                        ["displayName"] = VendorCatalog.DisplayName(vendor),
                        ["status"] = status,
                        ["portalName"] = VendorCatalog.PortalName(vendor),
                        ["linkingStatus"] = linkingStatus,
                    });
                }
                return EmulatorResponse.Json(200, items);
            });
        }
    }
}
