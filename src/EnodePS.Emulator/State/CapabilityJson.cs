using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>The reference's capability descriptor: { isCapable, interventionIds }.</summary>
    public static class CapabilityJson
    {
        public static JsonObject Capable() => Of(true);

        public static JsonObject NotCapable(IEnumerable<string> interventionIds) => Of(false, interventionIds);

        public static JsonObject Of(bool isCapable, IEnumerable<string>? interventionIds = null)
        {
            var ids = new JsonArray();
            if (interventionIds != null)
                foreach (var id in interventionIds) ids.Add(id);
            return new JsonObject { ["isCapable"] = isCapable, ["interventionIds"] = ids };
        }

        /// <summary>
        /// Every named capability, capable unless an intervention of the vendor blocks it. With probability
        /// <paramref name="blockedShare"/> the device is one that needs one of its vendor's interventions.
        /// </summary>
        public static JsonObject For(string vendorType, string vendor, IEnumerable<string> names, System.Random random, double blockedShare = 0.3)
        {
            var blocked = random.NextDouble() < blockedShare ? InterventionCatalog.PickFor(vendorType, vendor, random) : null;
            var capabilities = new JsonObject();
            foreach (var name in names)
            {
                var ids = blocked != null ? blocked.InterventionIdsBlocking(vendor, name) : new List<string>();
                capabilities[name] = ids.Count > 0 ? NotCapable(ids) : Capable();
            }
            return capabilities;
        }
    }
}
