using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// The emulator's record of a link or relink session: what was asked for, for whom, and until when it can be used.
    /// Only linkUrl and linkToken are ever answered to the client.
    /// </summary>
    public static class LinkSessionFactory
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

        public const string LinkUrlBase = "https://link.emulator.enode.invalid/";

        public static Record Create(EmulatorState state, string userId, string? vendor, string? vendorType, JsonArray scopes,
            string? language, string? redirectUri, string colorScheme, string? assetId)
        {
            var token = NewToken(state.Random);
            var now = state.Clock.UtcNow;
            var body = new JsonObject
            {
                ["linkToken"] = token,
                ["linkUrl"] = LinkUrlBase + token,
                ["userId"] = userId,
                ["vendor"] = vendor,
                ["vendorType"] = vendorType,
                ["scopes"] = scopes,
                ["language"] = language,
                ["redirectUri"] = redirectUri,
                ["colorScheme"] = colorScheme,
                ["assetId"] = assetId,
                ["createdAt"] = VehicleFactory.Iso(now),
                ["expiresAt"] = VehicleFactory.Iso(now + Lifetime),
                ["completedAt"] = null,
            };
            return new Record(token, userId, now, body);
        }

        /// <summary>An opaque, URL-safe token drawn from the seeded generator.</summary>
        private static string NewToken(Random random)
        {
            var bytes = new byte[24];
            random.NextBytes(bytes);
            return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }
}
