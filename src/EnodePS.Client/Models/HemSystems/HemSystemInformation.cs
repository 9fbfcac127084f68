using System;

namespace EnodePS.Client.Models
{
    public sealed class HemSystemInformation
    {
        /// <summary>Machine name of the vendor, e.g. SOLAREDGE or TESLA.</summary>
        public string? Vendor { get; set; }

        /// <summary>The name the user gave the system at the vendor.</summary>
        public string? Name { get; set; }
        public DateTimeOffset? InstallationDate { get; set; }
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public string? Address { get; set; }

        /// <summary>IANA time zone; statistics days are in this zone.</summary>
        public string? Timezone { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        public override string ToString() => Name ?? "";
    }
}
