using System;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>GET /integrations?assetTypes=vehicle,charger,...: each vendor once, with the asked asset types it supports.</summary>
    public static class IntegrationHandlers
    {
        public static void Register(Router router) => router.Map("GET", "/integrations", List);

        private static EmulatorResponse List(RouteContext c)
        {
            var asked = c.Query("assetTypes");
            var types = asked == null
                ? DeviceFactories.VendorTypes
                : asked.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Distinct().ToArray();
            var unknown = types.FirstOrDefault(t => !VendorCatalog.IsVendorType(t));
            if (unknown != null || types.Length == 0)
                return Problems.Invalid("assetTypes", "must be a comma-separated list of " + string.Join(", ", DeviceFactories.VendorTypes));

            var items = new JsonArray();
            foreach (var vendor in VendorCatalog.AllVendors)
            {
                var vendorTypes = VendorCatalog.TypesOf(vendor).Where(types.Contains).ToList();
                if (vendorTypes.Count == 0) continue;
                var (status, linkingStatus) = c.State.Health.StatusOf(vendor);
                items.Add(new JsonObject
                {
                    ["vendor"] = vendor,
                    ["displayName"] = VendorCatalog.DisplayName(vendor),
                    ["assetTypes"] = new JsonArray(vendorTypes.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
                    ["scopes"] = new JsonArray(vendorTypes.SelectMany(t => VendorCatalog.ScopesByType[t]).Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
                    ["status"] = status,
                    ["portalName"] = VendorCatalog.PortalName(vendor),
                    ["linkingStatus"] = linkingStatus,
                });
            }
            return EmulatorResponse.Json(200, items);
        }
    }
}
