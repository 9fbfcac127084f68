using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Validation;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>Locations: geofenced places of a user, whose time zone schedules and smart charging use.</summary>
    public static class LocationHandlers
    {
        /// <summary>Each location's geofence: a new one may not fall within this distance of an existing one.</summary>
        public const double MinimumDistanceMetres = 200;

        private static readonly Regex TimeZoneShape = new Regex(@"^(UTC|[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)+)\z");

        private static readonly string[] Fields = { "name", "latitude", "longitude", "timezoneName" };

        public static void Register(Router router)
        {
            router.Map("GET", "/locations", c => Paging.List(c, c.State.Locations, _ => true, Paging.Copy));
            router.Map("GET", "/users/{userId}/locations", c =>
            {
                var userId = c.Route("userId");
                return Paging.List(c, c.State.Locations, r => r.UserId == userId, Paging.Copy);
            });
            router.Map("POST", "/users/{userId}/locations", Create);
            router.Map("GET", "/locations/{locationId}", c => RecordResponses.Get(c, c.State.Locations, c.Route("locationId"), "location"));
            router.Map("PUT", "/locations/{locationId}", Update);
            router.Map("DELETE", "/locations/{locationId}", Delete);
        }

        private static EmulatorResponse Create(RouteContext c)
        {
            if (!c.TryReadJsonObject(out var json, out var problem)) return problem!;
            var body = new BodyReader(json);
            body.RejectUnknown(Fields);
            var name = ReadName(body, true);
            var latitude = body.Number("latitude", true, -90, 90);
            var longitude = body.Number("longitude", true, -180, 180);
            var timezone = ReadTimeZone(body, true);
            if (!body.IsValid) return body.Problem();

            lock (c.State.Gate)
            {
                var userId = c.Route("userId");
                if (c.State.Users.Find(userId) == null) return Problems.NotFound(UserHandlers.UserNotFound);
                foreach (var other in c.State.Locations.All.Where(r => r.UserId == userId))
                {
                    var metres = DistanceMetres(latitude!.Value, longitude!.Value, (double)other.Body["latitude"]!, (double)other.Body["longitude"]!);
                    if (metres < MinimumDistanceMetres)
                        return Problems.BadRequest(
                            $"The location falls within the geofence of the user's location {other.Id} ({(string?)other.Body["name"]}, {Math.Round(metres)} m away): a user's locations must be at least {MinimumDistanceMetres} m apart.",
                            Problems.Issue("latitude", "is within 200 m of another location of the user"));
                }

                var id = c.State.Ids.Next();
                var now = c.State.Clock.UtcNow;
                var location = new JsonObject
                {
                    ["name"] = name,
                    ["latitude"] = latitude,
                    ["longitude"] = longitude,
                    ["timezoneName"] = timezone,
                    ["id"] = id,
                    ["userId"] = userId,
                    ["createdAt"] = VehicleFactory.Iso(now),
                };
                var record = new Record(id, userId, now, location);
                c.State.Locations.Add(record);
                return EmulatorResponse.Json(200, Paging.Copy(record));
            }
        }

        /// <summary>Changes only the fields sent; the reference does not check the distance to other locations here.</summary>
        private static EmulatorResponse Update(RouteContext c)
        {
            if (!c.TryReadJsonObject(out var json, out var problem)) return problem!;
            var body = new BodyReader(json);
            body.RejectUnknown(Fields);
            var name = ReadName(body, false);
            var latitude = body.Number("latitude", false, -90, 90);
            var longitude = body.Number("longitude", false, -180, 180);
            var timezone = ReadTimeZone(body, false);
            if (!body.IsValid) return body.Problem();

            lock (c.State.Gate)
            {
                var record = c.State.Locations.Find(c.Route("locationId"));
                if (record == null) return Problems.NotFound("The specified location was not found.");
                if (name != null) record.Body["name"] = name;
                if (latitude != null) record.Body["latitude"] = latitude;
                if (longitude != null) record.Body["longitude"] = longitude;
                if (timezone != null) record.Body["timezoneName"] = timezone;
                return EmulatorResponse.Json(200, Paging.Copy(record));
            }
        }

        /// <summary>Answers the deleted location, as the reference does.</summary>
        private static EmulatorResponse Delete(RouteContext c)
        {
            lock (c.State.Gate)
            {
                var record = c.State.Locations.Find(c.Route("locationId"));
                if (record == null) return Problems.NotFound("The specified location was not found.");
                c.State.Locations.Remove(record.Id);
                return EmulatorResponse.Json(200, Paging.Copy(record));
            }
        }

        private static string? ReadName(BodyReader body, bool required)
        {
            var name = body.String("name", required);
            if (name != null && name.Trim().Length == 0)
            {
                body.Fail("must not be empty", "name");
                return null;
            }
            return name;
        }

        /// <summary>The emulator checks the shape of an IANA name ("Area/City" or "UTC"); the client checks it against the database.</summary>
        private static string? ReadTimeZone(BodyReader body, bool required)
        {
            var zone = body.String("timezoneName", required);
            if (zone != null && !TimeZoneShape.IsMatch(zone))
            {
                body.Fail("must be an IANA time zone name such as Europe/Oslo", "timezoneName");
                return null;
            }
            return zone;
        }

        /// <summary>Great-circle distance by the haversine formula.</summary>
        public static double DistanceMetres(double lat1, double lon1, double lat2, double lon2)
        {
            const double earthRadius = 6371000;
            double Rad(double degrees) => degrees * Math.PI / 180;
            var dLat = Rad(lat2 - lat1);
            var dLon = Rad(lon2 - lon1);
            var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
            return 2 * earthRadius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
        }
    }
}
