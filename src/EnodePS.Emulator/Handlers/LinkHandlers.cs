using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Validation;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>
    /// Link and relink sessions (POST /users/{userId}/link, POST /assets/{assetId}/relink), and the emulator-only
    /// routes that stand in for the user's part in Link UI: completing a session, invalidating credentials.
    /// </summary>
    public static class LinkHandlers
    {
        public const string CompletePath = EnodeEmulator.EmulatorRoutePrefix + "/links/complete";
        public const string InvalidatePath = EnodeEmulator.EmulatorRoutePrefix + "/users/{userId}/vendors/{vendor}/invalidate";

        public static void Register(Router router)
        {
            router.Map("POST", "/users/{userId}/link", Link);
            router.Map("POST", "/assets/{assetId}/relink", Relink);
            router.Map("POST", CompletePath, Complete);
            router.Map("POST", InvalidatePath, Invalidate);
        }

        private static EmulatorResponse Link(RouteContext c)
        {
            if (!c.TryReadJsonObject(out var json, out var problem)) return problem!;
            var body = new BodyReader(json);
            body.RejectUnknown("vendor", "vendorType", "scopes", "language", "redirectUri", "colorScheme");
            var vendor = body.String("vendor", false, ReferenceValues.Vendors);
            var vendorType = body.String("vendorType", false, ReferenceValues.VendorTypes);
            var scopes = ReadScopes(body, vendorType);
            var language = body.String("language", true, ReferenceValues.LinkLanguages);
            var redirectUri = ReadRedirectUri(body, required: true);
            var colorScheme = body.String("colorScheme", false, ReferenceValues.ColorSchemes) ?? "system";
            if (!body.IsValid) return body.Problem();

            lock (c.State.Gate)
            {
                var limit = c.State.Options.ConnectionLimit;
                if (limit.HasValue && UserAssets.ConnectionCount(c.State) >= limit.Value)
                    return Problems.Create(403, "connections-limit-reached", "Connections limit reached for this client",
                        $"The client already holds {limit.Value} vendor connections, its limit.");

                var userId = c.Route("userId");
                var now = c.State.Clock.UtcNow;
                if (c.State.Users.Find(userId) == null)
                    c.State.Users.Add(new Record(userId, userId, now, DataSeeder.NewUser(userId, now)));
                var session = LinkSessionFactory.Create(c.State, userId, vendor, vendorType, ToArray(scopes!), language, redirectUri, colorScheme, null);
                c.State.LinkSessions.Add(session);
                return Answer(session);
            }
        }

        private static EmulatorResponse Relink(RouteContext c)
        {
            var json = new JsonObject();
            if (c.Request.Body.Length > 0 && !c.TryReadJsonObject(out json, out var problem)) return problem!;
            var body = new BodyReader(json);
            body.RejectUnknown("language", "redirectUri", "colorScheme");
            var language = body.String("language", false, ReferenceValues.LinkLanguages);
            var redirectUri = ReadRedirectUri(body, required: false);
            var colorScheme = body.String("colorScheme", false, ReferenceValues.ColorSchemes) ?? "system";
            if (!body.IsValid) return body.Problem();

            lock (c.State.Gate)
            {
                var assetId = c.Route("assetId");
                foreach (var type in DeviceFactories.VendorTypes)
                {
                    var asset = DeviceFactories.TableFor(c.State, type).Find(assetId);
                    if (asset == null) continue;
                    var vendor = (string)asset.Body["vendor"]!;
                    var user = c.State.Users.Find(asset.UserId!);
                    var entry = user == null ? null : ((JsonArray)user.Body["linkedVendors"]!)
                        .FirstOrDefault(e => (string?)e!["vendor"] == vendor && (string?)e["vendorType"] == type);
                    if (entry != null && (bool?)entry["isValid"] == true)
                        return NotRelinkable($"The {type} {assetId} is already linked: its {vendor} credentials are valid. Relinking is for assets whose credentials have become invalid (linkedVendors[].isValid is false).");
                    var scopes = asset.Body["scopes"] is JsonArray granted ? (JsonArray)granted.DeepClone() : new JsonArray();
                    var session = LinkSessionFactory.Create(c.State, asset.UserId!, vendor, type, scopes, language, redirectUri, colorScheme, assetId);
                    c.State.LinkSessions.Add(session);
                    return Answer(session);
                }
                return NotRelinkable($"No asset has the id {assetId}.");
            }
        }

        /// <summary>The reference has one answer for an asset that does not exist and one that needs no relinking.</summary>
        private static EmulatorResponse NotRelinkable(string detail) =>
            Problems.Create(404, "not-found", "Asset not found or already linked", detail);

        private static EmulatorResponse Complete(RouteContext c)
        {
            if (!c.TryReadJsonObject(out var json, out var problem)) return problem!;
            var body = new BodyReader(json);
            var token = body.String("linkToken", false);
            var userId = body.String("userId", false);
            var vendorType = body.String("vendorType", false);
            var vendor = body.String("vendor", false);
            var count = (int?)body.Number("deviceCount", false, 1, LinkCompleter.MaxDevices) ?? 1;
            if (token == null && (userId == null || vendorType == null))
                body.Fail("give linkToken, or userId and vendorType", "linkToken");
            if (!body.IsValid) return body.Problem();

            try
            {
                var devices = token != null
                    ? LinkCompleter.Complete(c.State, token, count)
                    : LinkCompleter.Complete(c.State, userId!, vendorType!, vendor, count);
                var array = new JsonArray();
                foreach (var d in devices)
                    array.Add(new JsonObject { ["id"] = d.Id, ["userId"] = d.UserId, ["vendor"] = d.Vendor, ["vendorType"] = d.VendorType, ["isNew"] = d.IsNew });
                return EmulatorResponse.Json(200, new JsonObject { ["devices"] = array });
            }
            catch (EmulatorLinkException ex)
            {
                return Problems.Create(ex.Status, ex.Slug, ex.Title, ex.Message);
            }
        }

        private static EmulatorResponse Invalidate(RouteContext c)
        {
            try
            {
                LinkCompleter.InvalidateCredentials(c.State, c.Route("userId"), c.Route("vendor"));
                return EmulatorResponse.NoContent();
            }
            catch (EmulatorLinkException ex)
            {
                return Problems.Create(ex.Status, ex.Slug, ex.Title, ex.Message);
            }
        }

        /// <summary>
        /// Scopes are required and each must be one the reference lists. The "&lt;type&gt;:read:data" scope is required
        /// for every asset type that any requested scope (or the vendor type) names.
        /// </summary>
        private static List<string>? ReadScopes(BodyReader body, string? vendorType)
        {
            var array = body.Array("scopes", true);
            if (array == null) return null;
            var scopes = new List<string>();
            for (var i = 0; i < array.Count; i++)
            {
                var scope = array[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (scope == null || Array.IndexOf(ReferenceValues.Scopes, scope) < 0)
                    body.Fail("must be one of " + string.Join(", ", ReferenceValues.Scopes), "scopes", i);
                else scopes.Add(scope);
            }
            if (array.Count == 0) body.Fail("must request at least one scope", "scopes");

            var types = scopes.Select(ReferenceValues.AssetTypeOf).ToList();
            if (vendorType != null) types.Add(vendorType);
            foreach (var type in types.Distinct())
                if (!scopes.Contains(type + ":read:data"))
                    body.Fail($"must include {type}:read:data to link {type} assets", "scopes");
            return scopes;
        }

        private static string? ReadRedirectUri(BodyReader body, bool required)
        {
            var text = body.String("redirectUri", required);
            if (text == null) return null;
            if (!System.Text.RegularExpressions.Regex.IsMatch(text, "^[A-Za-z][A-Za-z0-9+.\\-]*:") || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || text == "about:blank")
            {
                body.Fail("must be an absolute URI (about:blank is not allowed)", "redirectUri");
                return null;
            }
            return uri.OriginalString;
        }

        private static JsonArray ToArray(IEnumerable<string> values)
        {
            var array = new JsonArray();
            foreach (var v in values) array.Add(v);
            return array;
        }

        private static EmulatorResponse Answer(Record session) => EmulatorResponse.Json(200, new JsonObject
        {
            ["linkUrl"] = session.Body["linkUrl"]!.DeepClone(),
            ["linkToken"] = session.Body["linkToken"]!.DeepClone(),
        });
    }
}
