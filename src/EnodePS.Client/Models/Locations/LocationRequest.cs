namespace EnodePS.Client.Models
{
    /// <summary>
    /// The body of POST /users/{userId}/locations (every field needed) and PUT /locations/{locationId} (only the
    /// fields to change; null fields are left out).
    /// </summary>
    public sealed class LocationRequest
    {
        public string? Name { get; set; }
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public string? TimezoneName { get; set; }
    }
}
