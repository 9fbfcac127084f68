using System;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>The routes every device collection shares: list, list a user's, get one, and the refresh hint.</summary>
    public static class DeviceRoutes
    {
        /// <summary>GET /{collection}, GET /users/{userId}/{collection} and GET /{collection}/{idParameter}.</summary>
        public static void MapReads(Router router, string collection, string idParameter, Func<EmulatorState, RecordTable> table, string what)
        {
            router.Map("GET", "/" + collection, c => Paging.List(c, table(c.State), _ => true, Paging.Copy));
            router.Map("GET", "/users/{userId}/" + collection, c =>
            {
                var userId = c.Route("userId");
                return Paging.List(c, table(c.State), r => r.UserId == userId, Paging.Copy);
            });
            router.Map("GET", "/" + collection + "/{" + idParameter + "}", c => RecordResponses.Get(c, table(c.State), c.Route(idParameter), what));
        }

        /// <summary>
        /// POST /{collection}/{idParameter}/refresh-hint: 204, or 404 for an unknown device. A reachable device is
        /// "fetched" at once: its lastSeen moves to now and a user:{noun}:updated event is published; then
        /// <paramref name="fetched"/> runs (under the state's lock) for what else a fetch brings.
        /// </summary>
        public static void MapRefreshHint(Router router, string collection, string idParameter, Func<EmulatorState, RecordTable> table,
            string what, string eventNoun, Action<EmulatorState, Record>? fetched = null)
        {
            router.Map("POST", "/" + collection + "/{" + idParameter + "}/refresh-hint", c =>
            {
                lock (c.State.Gate)
                {
                    var record = table(c.State).Find(c.Route(idParameter));
                    if (record == null) return Problems.NotFound($"The specified {what} was not found.");
                    if ((bool?)record.Body["isReachable"] != false)
                    {
                        record.Body["lastSeen"] = VehicleFactory.Iso(c.State.Clock.UtcNow);
                        c.State.Events.Publish("user:" + eventNoun + ":updated", new JsonObject
                        {
                            ["user"] = new JsonObject { ["id"] = record.UserId },
                            [eventNoun] = Paging.Copy(record),
                            ["updatedFields"] = new JsonArray("lastSeen"),
                        });
                        fetched?.Invoke(c.State, record);
                    }
                    return EmulatorResponse.NoContent();
                }
            });
        }
    }
}
