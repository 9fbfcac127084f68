using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>The body of POST /users/{userId}/link. Null fields are left out, so the API's defaults apply.</summary>
    public sealed class LinkSessionRequest
    {
        /// <summary>Skips Link UI's brand selection.</summary>
        public string? Vendor { get; set; }

        /// <summary>The asset type to link; without it, the types the scopes name.</summary>
        public string? VendorType { get; set; }

        public List<string> Scopes { get; set; } = new List<string>();

        /// <summary>"browser" or a locale such as en-US.</summary>
        public string Language { get; set; } = "browser";

        public string RedirectUri { get; set; } = "";

        /// <summary>system (the API's default), light or dark.</summary>
        public string? ColorScheme { get; set; }
    }
}
