using System;

namespace EnodePS.Client.Models
{
    public sealed class MeterInformation
    {
        public string? Brand { get; set; }
        public string? Model { get; set; }
        public string? SiteName { get; set; }
        public DateTimeOffset? InstallationDate { get; set; }

        public override string ToString() => $"{Brand} {Model}".Trim();
    }
}
