using System;

namespace EnodePS.Client.Models
{
    /// <summary>A place of a user (home, cabin...) with a geofence; its time zone is the one schedules and smart charging use there.</summary>
    public sealed class Location : ApiResource
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Name { get; set; } = "";
        public double Latitude { get; set; }
        public double Longitude { get; set; }

        /// <summary>An IANA time zone name, e.g. Europe/Oslo.</summary>
        public string TimezoneName { get; set; } = "UTC";
        public DateTimeOffset? CreatedAt { get; set; }

        public override string ToString() => Name;
    }
}
