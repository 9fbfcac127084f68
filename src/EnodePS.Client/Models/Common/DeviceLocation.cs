using System;

namespace EnodePS.Client.Models
{
    /// <summary>A device's last known position; coordinates are null without the location scope.</summary>
    public sealed class DeviceLocation
    {
        public double? Longitude { get; set; }
        public double? Latitude { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        /// <summary>The id of the Enode location the device is at, if any.</summary>
        public string? Id { get; set; }

        public override string ToString() => Latitude == null || Longitude == null ? "" : FormattableString.Invariant($"{Latitude}, {Longitude}");
    }
}
