using System;

namespace EnodePS.Client.Models
{
    public sealed class InverterInformation
    {
        /// <summary>The vendor's id for the inverter.</summary>
        public string? Id { get; set; }

        /// <summary>Serial number.</summary>
        public string? Sn { get; set; }
        public string? Brand { get; set; }
        public string? Model { get; set; }
        public string? SiteName { get; set; }
        public DateTimeOffset? InstallationDate { get; set; }

        public override string ToString() => $"{Brand} {Model}".Trim();
    }
}
