using System;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>
    /// What every control route shares: POST /{collection}/{id}/{control} answers 404 for an unknown device, 400 for a
    /// body the reference does not allow, 403 without the device's control scope, 400 when the device is not capable
    /// (naming the capability and its interventions), 422 where the reference documents it for a device a schedule or
    /// smart charging controls, and otherwise the action the <see cref="ActionEngine"/> creates.
    /// </summary>
    public static class ControlRoutes
    {
        /// <summary>Reads a command from a request body: the command, or the 400 to answer.</summary>
        public delegate EmulatorResponse? CommandReader(JsonObject body, out DeviceCommand? command);

        /// <summary>Checks a command against the device it is for (ranges, modes): null when it fits, else the 400 to answer.</summary>
        public delegate EmulatorResponse? DeviceCheck(JsonObject device, DeviceCommand command);

        public static void MapControl(Router router, ActionEngine engine, DeviceKind kind, string control, bool hasBody,
            CommandReader read, DeviceCheck? check = null, bool documentsScheduleConflict = false)
        {
            router.Map("POST", "/" + kind.Collection + "/{" + kind.IdParameter + "}/" + control, c =>
            {
                var body = new JsonObject();
                if (hasBody && !c.TryReadJsonObject(out body, out var unreadable)) return unreadable!;
                lock (c.State.Gate)
                {
                    var device = kind.Table(c.State).Find(c.Route(kind.IdParameter));
                    if (device == null) return Problems.NotFound($"The specified {kind} was not found.");
                    var invalid = read(body, out var command);
                    if (invalid != null) return invalid;
                    return Forbidden(kind, device)
                           ?? NotCapable(kind, device, command!.Capability)
                           ?? check?.Invoke(device.Body, command)
                           ?? (documentsScheduleConflict ? ControlledElsewhere(c.State, kind, device) : null)
                           ?? EmulatorResponse.Json(200, engine.Submit(kind, device, command));
                }
            });
        }

        /// <summary>PUT /{collection}/{id} with { locationId }: moves the device to one of its user's locations, or to none.</summary>
        public static void MapSetLocation(Router router, ActionEngine engine, DeviceKind kind)
        {
            router.Map("PUT", "/" + kind.Collection + "/{" + kind.IdParameter + "}", c =>
            {
                if (!c.TryReadJsonObject(out var body, out var unreadable)) return unreadable!;
                lock (c.State.Gate)
                {
                    var device = kind.Table(c.State).Find(c.Route(kind.IdParameter));
                    if (device == null) return Problems.NotFound($"The specified {kind} was not found.");
                    if (!body.TryGetPropertyValue("locationId", out var value))
                        return Problems.Invalid("locationId", "is required (a location id, or null for none)");
                    string? locationId = null;
                    if (value != null)
                    {
                        if (!(value is JsonValue text) || !text.TryGetValue(out locationId!))
                            return Problems.Invalid("locationId", "must be a location id or null");
                        var location = c.State.Locations.Find(locationId);
                        if (location == null || location.UserId != device.UserId)
                            return Problems.Invalid("locationId", $"must name one of the {kind}'s user's locations");
                    }

                    if (!(device.Body["location"] is JsonObject place)) device.Body["location"] = place = new JsonObject();
                    place["id"] = locationId;
                    if (place.ContainsKey("lastUpdated")) place["lastUpdated"] = VehicleFactory.Iso(c.State.Clock.UtcNow);
                    engine.DeviceChanged(kind, device, "location.id");
                    return EmulatorResponse.Json(200, Paging.Copy(device));
                }
            });
        }

        /// <summary>Reads a required number field greater than zero.</summary>
        public static EmulatorResponse? ReadPositive(JsonObject body, string field, string unit, out double value)
        {
            value = 0;
            var parsed = JsonNumbers.Read(body[field]);
            if (parsed > 0 && !double.IsInfinity(parsed.Value))
            {
                value = parsed.Value;
                return null;
            }
            return Problems.Invalid(field, $"is required and must be a number of {unit} greater than 0");
        }

        /// <summary>Reads a required string field that must be one of the allowed values.</summary>
        public static EmulatorResponse? ReadOneOf(JsonObject body, string field, string[] allowed, out string value)
        {
            value = "";
            if (body[field] is JsonValue text && text.TryGetValue(out string? parsed) && allowed.Contains(parsed, StringComparer.Ordinal))
            {
                value = parsed!;
                return null;
            }
            return Problems.Invalid(field, "must be one of " + string.Join(", ", allowed));
        }

        private static EmulatorResponse? Forbidden(DeviceKind kind, Record device)
        {
            var scopes = (device.Body["scopes"] as JsonArray)?.Select(s => (string?)s) ?? Enumerable.Empty<string?>();
            return scopes.Contains(kind.ControlScope)
                ? null
                : Problems.Forbidden($"The user has not granted the {kind.ControlScope} scope for this {kind}.");
        }

        private static EmulatorResponse? NotCapable(DeviceKind kind, Record device, string capability)
        {
            var descriptor = device.Body["capabilities"]?[capability];
            if ((bool?)descriptor?["isCapable"] != false) return null;
            var ids = (descriptor!["interventionIds"] as JsonArray)?.Select(i => (string?)i).Where(i => i != null).ToList();
            var detail = $"The {kind} cannot perform this action: capabilities.{capability}.isCapable is false.";
            if (ids != null && ids.Count > 0) detail += " Interventions that would enable it: " + string.Join(", ", ids) + ".";
            return Problems.Create(400, "precondition-failed", "Precondition failed", detail);
        }

        /// <summary>
        /// 422 for a device an enabled schedule targets, or a vehicle with smart charging enabled: the reference's
        /// "Enode Controlled Entity" problem (managed by Smart Charging or Schedules, no manual commands).
        /// </summary>
        private static EmulatorResponse? ControlledElsewhere(EmulatorState state, DeviceKind kind, Record device)
        {
            var schedule = state.Schedules.All.FirstOrDefault(s => (string?)s.Body["targetId"] == device.Id && (bool?)s.Body["isEnabled"] == true);
            if (schedule != null)
                return Problems.Create(422, "enode-controlled-entity", "Enode Controlled Entity",
                    $"The {kind} is controlled by a schedule ({schedule.Id}). Disable the schedule to control it directly.");
            if (kind == DeviceKind.Vehicle && (bool?)device.Body["smartChargingPolicy"]?["isEnabled"] == true)
                return Problems.Create(422, "enode-controlled-entity", "Enode Controlled Entity",
                    "The vehicle has smart charging enabled. Disable smart charging to control charging directly.");
            return null;
        }
    }
}
