using System;

namespace EnodePS.Emulator.State
{
    /// <summary>A home the emulator places a user's devices at: coordinates, a street address and its time zone.</summary>
    public sealed class Site
    {
        public Site(string city, string address, double latitude, double longitude, string timeZone)
        {
            City = city;
            Address = address;
            Latitude = latitude;
            Longitude = longitude;
            TimeZone = timeZone;
        }

        public string City { get; }
        public string Address { get; }
        public double Latitude { get; }
        public double Longitude { get; }
        public string TimeZone { get; }
    }

    /// <summary>Each user lives at one site, chosen from the user id, so that all their devices share a place and a time zone.</summary>
    public static class Sites
    {
        private static readonly Site[] All =
        {
            new Site("Oslo", "Thereses gate 12, 0452 Oslo", 59.92784, 10.73871, "Europe/Oslo"),
            new Site("Bergen", "Kalfarveien 31, 5018 Bergen", 60.38771, 5.34402, "Europe/Oslo"),
            new Site("Stockholm", "Södermannagatan 18, 116 23 Stockholm", 59.31332, 18.07698, "Europe/Stockholm"),
            new Site("Copenhagen", "Istedgade 54, 1650 København V", 55.67057, 12.55709, "Europe/Copenhagen"),
            new Site("Berlin", "Kastanienallee 21, 10435 Berlin", 52.53622, 13.40844, "Europe/Berlin"),
            new Site("Munich", "Schleißheimer Str. 80, 80797 München", 48.15826, 11.56804, "Europe/Berlin"),
            new Site("Amsterdam", "Jacob van Lennepkade 97, 1054 ZK Amsterdam", 52.36536, 4.86773, "Europe/Amsterdam"),
            new Site("London", "14 Elgin Crescent, London W11 2HX", 51.51410, -0.20297, "Europe/London"),
            new Site("Madrid", "Calle de Ponzano 41, 28003 Madrid", 40.44230, -3.70027, "Europe/Madrid"),
            new Site("Helsinki", "Fredrikinkatu 22, 00120 Helsinki", 60.16267, 24.93491, "Europe/Helsinki"),
        };

        public static Site ForUser(string userId) => All[(int)(StableHash.Of("site|" + userId) % (ulong)All.Length)];

        /// <summary>A point within about 50 m of the site, so that devices at one home are not all on one spot.</summary>
        public static (double Latitude, double Longitude) Near(Site site, Random random) =>
            (Math.Round(site.Latitude + (random.NextDouble() - 0.5) * 0.0008, 5),
             Math.Round(site.Longitude + (random.NextDouble() - 0.5) * 0.0008, 5));
    }
}
