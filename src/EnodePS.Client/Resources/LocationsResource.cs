using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Resources
{
    /// <summary>The Locations section.</summary>
    public sealed class LocationsResource
    {
        private readonly ApiTransport _transport;

        internal LocationsResource(ApiTransport transport) { _transport = transport; }

        /// <summary>All locations, or one user's, newest first.</summary>
        public IAsyncEnumerable<Location> ListAsync(string? userId = null, PageOptions? options = null, CancellationToken cancellationToken = default)
        {
            var path = userId == null ? "/locations" : RequestPath.Of("/users/{userId}/locations", userId);
            return Paginator.StreamAsync(_transport, path, null, LocationsJsonContext.Default.PageLocation, options, cancellationToken);
        }

        public Task<Location> GetAsync(string locationId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("/locations/{id}", locationId), LocationsJsonContext.Default.Location, cancellationToken);

        /// <summary>Creates a location; every field is needed (TimezoneName defaults to UTC). A user's locations must be 200 m apart.</summary>
        public Task<Location> CreateAsync(string userId, LocationRequest location, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(location.Name)) throw new EnodeValidationException("name", location.Name, "a name for the location.");
            if (location.Latitude == null) throw new EnodeValidationException("latitude", null, "a number of degrees from -90 to 90.");
            if (location.Longitude == null) throw new EnodeValidationException("longitude", null, "a number of degrees from -180 to 180.");
            var body = Check(location);
            body.TimezoneName ??= "UTC";
            return _transport.SendAsync(HttpMethod.Post, RequestPath.Of("/users/{userId}/locations", userId), body,
                LocationsJsonContext.Default.LocationRequest, LocationsJsonContext.Default.Location, cancellationToken);
        }

        /// <summary>Changes the fields set in <paramref name="changes"/>. The API does not recheck the distance to the user's other locations.</summary>
        public Task<Location> UpdateAsync(string locationId, LocationRequest changes, CancellationToken cancellationToken = default)
        {
            var body = Check(changes);
            if (body.Name == null && body.Latitude == null && body.Longitude == null && body.TimezoneName == null)
                throw new EnodeValidationException("changes", null, "at least one of name, latitude, longitude or timezoneName.");
            return _transport.SendAsync(HttpMethod.Put, RequestPath.Of("/locations/{id}", locationId), body,
                LocationsJsonContext.Default.LocationRequest, LocationsJsonContext.Default.Location, cancellationToken);
        }

        /// <summary>Deletes the location and answers it as it was.</summary>
        public async Task<Location> DeleteAsync(string locationId, CancellationToken cancellationToken = default)
        {
            var body = await _transport.SendCheckedAsync(HttpMethod.Delete, RequestPath.Of("/locations/{id}", locationId), null, cancellationToken).ConfigureAwait(false);
            return Errors.ProblemReader.Deserialize(body, LocationsJsonContext.Default.Location, "answer to DELETE /locations/{locationId}");
        }

        /// <summary>The fields that are set, checked: coordinates in range, a known IANA time zone, a non-empty name.</summary>
        public static LocationRequest Check(LocationRequest location) => new LocationRequest
        {
            Name = location.Name == null ? null
                : string.IsNullOrWhiteSpace(location.Name) ? throw new EnodeValidationException("name", location.Name, "a name that is not empty.")
                : location.Name,
            Latitude = location.Latitude == null ? (double?)null : Coordinates.Latitude(location.Latitude.Value, "latitude"),
            Longitude = location.Longitude == null ? (double?)null : Coordinates.Longitude(location.Longitude.Value, "longitude"),
            TimezoneName = location.TimezoneName == null ? null : TimeZoneNames.Check(location.TimezoneName, "timezoneName"),
        };
    }
}
