using System;

namespace EnodePS.Client.Models
{
    public sealed class BatteryInformation
    {
        /// <summary>The vendor's id for the battery.</summary>
        public string? Id { get; set; }
        public string? Brand { get; set; }
        public string? Model { get; set; }
        public string? SiteName { get; set; }
        public DateTimeOffset? InstallationDate { get; set; }

        public override string ToString() => $"{Brand} {Model}".Trim();
    }
}
