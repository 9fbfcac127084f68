using System;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Validation;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>The User section: list and get users, delete them, disconnect vendors, revoke authorization.</summary>
    public static class UserHandlers
    {
        public const string UserNotFound = "The specified user was not found.";

        public static void Register(Router router)
        {
            router.Map("GET", "/users", c => Paging.List(c, c.State.Users, _ => true, r => new JsonObject
            {
                ["id"] = r.Id,
                ["createdAt"] = r.Body["createdAt"]!.DeepClone(),
                ["scopes"] = r.Body["scopes"]!.DeepClone(),
            }));
            router.Map("GET", "/users/{userId}", GetUser);
            router.Map("DELETE", "/users/{userId}", DeleteUser);
            router.Map("DELETE", "/users/{userId}/vendors/{vendor}", c => DisconnectVendor(c, null));
            router.Map("DELETE", "/users/{userId}/vendors/{vendor}/{vendorType}", c => DisconnectVendor(c, c.Route("vendorType")));
            router.Map("DELETE", "/users/{userId}/authorization", Deauthorize);
        }

        private static EmulatorResponse GetUser(RouteContext c)
        {
            lock (c.State.Gate)
            {
                var user = c.State.Users.Find(c.Route("userId"));
                if (user == null) return Problems.NotFound(UserNotFound);
                return EmulatorResponse.Json(200, new JsonObject
                {
                    ["id"] = user.Id,
                    ["linkedVendors"] = user.Body["linkedVendors"]!.DeepClone(),
                });
            }
        }

        private static EmulatorResponse DeleteUser(RouteContext c)
        {
            lock (c.State.Gate)
            {
                var userId = c.Route("userId");
                if (c.State.Users.Find(userId) == null) return Problems.NotFound(UserNotFound);
                UserAssets.RemoveUser(c.State, userId);
            }
            return EmulatorResponse.NoContent();
        }

        private static EmulatorResponse DisconnectVendor(RouteContext c, string? vendorType)
        {
            var vendor = c.Route("vendor");
            if (!ReferenceValues.IsVendor(vendor))
                return Problems.Invalid("vendor", "must be one of " + string.Join(", ", ReferenceValues.Vendors));
            if (vendorType != null && Array.IndexOf(ReferenceValues.VendorTypes, vendorType) < 0)
                return Problems.Invalid("vendorType", "must be one of " + string.Join(", ", ReferenceValues.VendorTypes));

            lock (c.State.Gate)
            {
                var userId = c.Route("userId");
                var user = c.State.Users.Find(userId);
                if (user == null) return Problems.NotFound(UserNotFound);
                if (!UserAssets.HasLink(user.Body, vendor, vendorType))
                    return Problems.NotFound(vendorType == null
                        ? $"The user has not linked {vendor}."
                        : $"The user has not linked {vendor} for the {vendorType} type.");
                UserAssets.RemoveDevices(c.State, userId, vendor, vendorType);
                UserAssets.Unlink(user.Body, vendor, vendorType);
            }
            return EmulatorResponse.NoContent();
        }

        /// <summary>Credentials go, and with them every asset; the user, their locations and schedules stay.</summary>
        private static EmulatorResponse Deauthorize(RouteContext c)
        {
            lock (c.State.Gate)
            {
                var userId = c.Route("userId");
                var user = c.State.Users.Find(userId);
                if (user == null) return Problems.NotFound(UserNotFound);
                UserAssets.RemoveDevices(c.State, userId, null, null);
                UserAssets.Unlink(user.Body, null, null);
                foreach (var session in c.State.LinkSessions.All.Where(r => r.UserId == userId).ToList())
                    c.State.LinkSessions.Remove(session.Id);
            }
            return EmulatorResponse.NoContent();
        }
    }
}
