using System;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// A single-use link session: open LinkUrl in a browser (or give LinkToken to a Link SDK) for the user to link
    /// their account. The API answers only the URL and token; the client adds whom it is for and when it expires.
    /// </summary>
    public sealed class LinkSession
    {
        public string LinkUrl { get; set; } = "";
        public string LinkToken { get; set; } = "";

        /// <summary>The user the session links for (relink sessions: null, the asset's owner).</summary>
        public string? UserId { get; set; }

        /// <summary>The asset a relink session is for; null for a link session.</summary>
        public string? AssetId { get; set; }

        /// <summary>24 hours after the session was requested, by this computer's clock.</summary>
        public DateTimeOffset ExpiresAt { get; set; }

        public override string ToString() => LinkUrl;
    }
}
