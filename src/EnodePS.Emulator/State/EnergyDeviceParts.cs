using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Parts shared by the documents of energy devices (inverters, batteries, meters): GPS location, vendor ids, site names.</summary>
    internal static class EnergyDeviceParts
    {
        public static JsonObject Location(Site site, Random random, DateTimeOffset lastUpdated)
        {
            var (latitude, longitude) = Sites.Near(site, random);
            return new JsonObject
            {
                ["id"] = null,
                ["longitude"] = longitude,
                ["latitude"] = latitude,
                ["lastUpdated"] = VehicleFactory.Iso(lastUpdated),
            };
        }

        /// <summary>A site name as a user would set it, or the fallback built from the address.</summary>
        public static string SiteName(Site site, Random random) =>
            random.NextDouble() < 0.5 ? "Home" : site.Address.Substring(0, site.Address.IndexOf(','));

        public static string VendorDeviceId(Random random)
        {
            var bytes = new byte[8];
            random.NextBytes(bytes);
            return BitConverter.ToString(bytes).Replace("-", "");
        }

        public static DateTimeOffset InstallationDate(Random random, DateTimeOffset linkedAt) =>
            new DateTimeOffset(linkedAt.UtcDateTime.Date.AddDays(-random.Next(120, 1500)), TimeSpan.Zero);
    }
}
