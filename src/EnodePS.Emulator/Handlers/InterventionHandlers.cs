using System;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>GET /interventions (a plain array, not paged) and GET /interventions/{interventionId}, with their filters.</summary>
    public static class InterventionHandlers
    {
        public static void Register(Router router)
        {
            router.Map("GET", "/interventions", List);
            router.Map("GET", "/interventions/{interventionId}", Get);
        }

        private static EmulatorResponse List(RouteContext c)
        {
            if (!TryReadFilters(c, out var vendorType, out var vendor, out var language, out var problem)) return problem!;
            var items = new JsonArray();
            lock (c.State.Gate)
            {
                foreach (var record in c.State.Interventions.All.Where(r => Matches(r, vendorType, vendor)))
                    items.Add(InterventionCatalog.Localize(record, language));
            }
            return EmulatorResponse.Json(200, items);
        }

        private static EmulatorResponse Get(RouteContext c)
        {
            if (!TryReadFilters(c, out var vendorType, out var vendor, out var language, out var problem)) return problem!;
            lock (c.State.Gate)
            {
                var record = c.State.Interventions.Find(c.Route("interventionId"));
                return record == null || !Matches(record, vendorType, vendor)
                    ? Problems.NotFound("Intervention not found.")
                    : EmulatorResponse.Json(200, InterventionCatalog.Localize(record, language));
            }
        }

        private static bool Matches(Record record, string? vendorType, string? vendor) =>
            (vendorType == null || (string?)record.Body["vendorType"] == vendorType) && (vendor == null || (string?)record.Body["vendor"] == vendor);

        /// <summary>vendorType and vendor must be values the reference lists; an unsupported language falls back to en-US.</summary>
        private static bool TryReadFilters(RouteContext c, out string? vendorType, out string? vendor, out string language, out EmulatorResponse? problem)
        {
            problem = null;
            vendorType = c.Query("vendorType");
            vendor = c.Query("vendor");
            var asked = c.Query("language");
            language = asked != null && InterventionCatalog.Languages.Contains(asked, StringComparer.Ordinal) ? asked : InterventionCatalog.DefaultLanguage;
            if (vendorType != null && !VendorCatalog.IsVendorType(vendorType))
                problem = Problems.Invalid("vendorType", "must be one of " + string.Join(", ", DeviceFactories.VendorTypes));
            else if (vendor != null && !VendorCatalog.IsVendor(vendor))
                problem = Problems.Invalid("vendor", "is not a supported vendor");
            return problem == null;
        }
    }
}
