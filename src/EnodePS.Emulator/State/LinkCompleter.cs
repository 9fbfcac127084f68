using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Validation;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Does what Enode does once a user has logged in at the vendor in Link UI: discovers the user's devices of the
    /// linked type (through <see cref="DeviceFactories"/>), records the vendor on the user and announces each device
    /// with a "user:&lt;type&gt;:discovered" event. A relink session renews the credentials of the asset's vendor instead.
    /// </summary>
    public static class LinkCompleter
    {
        public const int MaxDevices = 10;

        /// <summary>Completes the session a link token stands for. Single use; expires 24 hours after creation.</summary>
        public static IReadOnlyList<EmulatorLinkedDevice> Complete(EmulatorState state, string linkToken, int deviceCount)
        {
            CheckCount(deviceCount);
            lock (state.Gate)
            {
                var session = state.LinkSessions.Find(linkToken)
                    ?? throw new EmulatorLinkException(404, "not-found", "Not Found", "No link session has this link token.");
                var body = session.Body;
                if (body["completedAt"] != null)
                    throw new EmulatorLinkException(409, "conflict", "Conflict", "This link session has already been completed; link sessions are single-use.");
                var expiresAt = DateTimeOffset.Parse((string)body["expiresAt"]!, CultureInfo.InvariantCulture);
                if (state.Clock.UtcNow >= expiresAt)
                    throw new EmulatorLinkException(410, "gone", "Gone", "This link session expired at " + (string)body["expiresAt"]! + ".");

                var userId = (string)body["userId"]!;
                var scopes = ((JsonArray)body["scopes"]!).Select(s => (string)s!).ToList();
                var assetId = (string?)body["assetId"];
                var result = assetId != null
                    ? Relink(state, userId, assetId)
                    : Link(state, userId, (string?)body["vendor"], TypesToLink((string?)body["vendorType"], scopes), scopes, deviceCount);
                body["completedAt"] = VehicleFactory.Iso(state.Clock.UtcNow);
                return result;
            }
        }

        /// <summary>Links a vendor for a user without a session, as if the user had gone through Link UI granting every scope of the type.</summary>
        public static IReadOnlyList<EmulatorLinkedDevice> Complete(EmulatorState state, string userId, string vendorType, string? vendor, int deviceCount)
        {
            CheckCount(deviceCount);
            if (Array.IndexOf(ReferenceValues.VendorTypes, vendorType) < 0)
                throw new EmulatorLinkException(400, "bad-request", "Bad request", $"\"vendorType\" must be one of {string.Join(", ", ReferenceValues.VendorTypes)}");
            if (vendor != null && !ReferenceValues.IsVendor(vendor))
                throw new EmulatorLinkException(400, "bad-request", "Bad request", $"\"vendor\" is not a vendor the reference knows: {vendor}");
            var scopes = ReferenceValues.Scopes.Where(s => ReferenceValues.AssetTypeOf(s) == vendorType).ToList();
            lock (state.Gate)
            {
                if (state.Users.Find(userId) == null)
                    state.Users.Add(new Record(userId, userId, state.Clock.UtcNow, DataSeeder.NewUser(userId, state.Clock.UtcNow)));
                return Link(state, userId, vendor, new[] { vendorType }, scopes, deviceCount);
            }
        }

        /// <summary>Marks the user's credentials for a vendor invalid, as when the user changes their password at the vendor.</summary>
        public static void InvalidateCredentials(EmulatorState state, string userId, string vendor)
        {
            lock (state.Gate)
            {
                var user = state.Users.Find(userId)
                    ?? throw new EmulatorLinkException(404, "not-found", "Not Found", "The specified user was not found.");
                var entries = ((JsonArray)user.Body["linkedVendors"]!).Where(e => (string?)e!["vendor"] == vendor).ToList();
                if (entries.Count == 0)
                    throw new EmulatorLinkException(404, "not-found", "Not Found", $"The user has not linked {vendor}.");
                foreach (var entry in entries) entry!["isValid"] = false;
                state.Events.Publish("user:credentials:invalidated", new JsonObject
                {
                    ["user"] = new JsonObject { ["id"] = userId },
                    ["vendor"] = vendor,
                });
            }
        }

        private static void CheckCount(int deviceCount)
        {
            if (deviceCount < 1 || deviceCount > MaxDevices)
                throw new EmulatorLinkException(400, "bad-request", "Bad request", $"\"deviceCount\" must be an integer from 1 to {MaxDevices}");
        }

        /// <summary>The session's vendor type, or when it has none, every asset type its scopes ask for.</summary>
        private static IReadOnlyList<string> TypesToLink(string? vendorType, List<string> scopes) =>
            vendorType != null
                ? new[] { vendorType }
                : ReferenceValues.VendorTypes.Where(t => scopes.Any(s => ReferenceValues.AssetTypeOf(s) == t)).ToArray();

        private static IReadOnlyList<EmulatorLinkedDevice> Link(EmulatorState state, string userId, string? vendor,
            IReadOnlyList<string> vendorTypes, List<string> scopes, int deviceCount)
        {
            var user = state.Users.Find(userId)!.Body;
            var now = state.Clock.UtcNow;
            var result = new List<EmulatorLinkedDevice>();
            var created = new List<(string Type, string Id, JsonObject Device)>();

            // Build every new device before changing anything, so that an unsupported type leaves the state as it was.
            foreach (var type in vendorTypes)
            {
                var existing = DeviceFactories.TableFor(state, type).All
                    .Where(r => r.UserId == userId && (vendor == null || (string?)r.Body["vendor"] == vendor)).ToList();
                if (existing.Count > 0)
                {
                    foreach (var record in existing)
                        result.Add(new EmulatorLinkedDevice(record.Id, userId, (string)record.Body["vendor"]!, type, isNew: false));
                    continue;
                }
                string? chosenVendor = vendor;
                for (var i = 0; i < deviceCount; i++)
                {
                    var id = state.Ids.Next();
                    JsonObject device;
                    try
                    {
                        device = DeviceFactories.Create(type, state.Random, id, userId, now, chosenVendor);
                    }
                    catch (NotSupportedException ex)
                    {
                        throw new EmulatorLinkException(501, "not-implemented", "Not Implemented", ex.Message);
                    }
                    chosenVendor = (string)device["vendor"]!; // one login at one vendor: every device of the link shares it
                    ApplyScopes(device, type, scopes);
                    created.Add((type, id, device));
                }
            }

            foreach (var (type, id, device) in created)
            {
                DeviceFactories.TableFor(state, type).Add(new Record(id, userId, now, device));
                result.Add(new EmulatorLinkedDevice(id, userId, (string)device["vendor"]!, type, isNew: true));
            }
            foreach (var device in result) MarkLinked(user, device.Vendor, device.VendorType);
            AddScopes(user, scopes);
            foreach (var (type, _, device) in created) DeviceEvents.Discovered(state, type, device);
            HemSystemLinks.Linked(state, userId, created.Select(c => (c.Type, c.Device)));
            return result;
        }

        private static IReadOnlyList<EmulatorLinkedDevice> Relink(EmulatorState state, string userId, string assetId)
        {
            foreach (var type in DeviceFactories.VendorTypes)
            {
                var asset = DeviceFactories.TableFor(state, type).Find(assetId);
                if (asset == null) continue;
                var vendor = (string)asset.Body["vendor"]!;
                MarkLinked(state.Users.Find(userId)!.Body, vendor, type);
                return new[] { new EmulatorLinkedDevice(assetId, userId, vendor, type, isNew: false) };
            }
            throw new EmulatorLinkException(404, "not-found", "Not Found", "The asset of this relink session no longer exists.");
        }

        private static void MarkLinked(JsonObject user, string vendor, string vendorType)
        {
            DataSeeder.LinkVendor(user, vendor, vendorType);
            foreach (var entry in (JsonArray)user["linkedVendors"]!)
                if ((string?)entry!["vendor"] == vendor && (string?)entry["vendorType"] == vendorType) entry["isValid"] = true;
        }

        private static void AddScopes(JsonObject user, IEnumerable<string> scopes)
        {
            var granted = (JsonArray)user["scopes"]!;
            foreach (var scope in scopes)
                if (!granted.Any(s => (string?)s == scope)) granted.Add(scope);
        }

        /// <summary>
        /// The device gets the scopes of its type that the user granted. Without the location scope its coordinates are
        /// unknown; without the control scope the capabilities that need it are not capable, with no intervention (the
        /// reference: a missing scope is not something an intervention resolves, only relinking with the scope does).
        /// </summary>
        private static void ApplyScopes(JsonObject device, string type, List<string> scopes)
        {
            var own = new JsonArray();
            foreach (var scope in scopes.Where(s => ReferenceValues.AssetTypeOf(s) == type)) own.Add(scope);
            device["scopes"] = own;
            var kind = Actions.DeviceKind.Named(type);
            if (kind != null && !scopes.Contains(kind.ControlScope) && device["capabilities"] is JsonObject capabilities)
                foreach (var name in kind.ControlCapabilities)
                    if (capabilities[name] is JsonObject capability)
                    {
                        capability["isCapable"] = false;
                        capability["interventionIds"] = new JsonArray();
                    }
            if (!scopes.Contains(type + ":read:location") && device["location"] is JsonObject location
                && location.ContainsKey("latitude") && location.ContainsKey("longitude"))
            {
                location["latitude"] = null;
                location["longitude"] = null;
            }
        }
    }
}
