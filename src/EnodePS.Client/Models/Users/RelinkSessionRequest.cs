namespace EnodePS.Client.Models
{
    /// <summary>The body of POST /assets/{assetId}/relink. Null fields are left out.</summary>
    public sealed class RelinkSessionRequest
    {
        public string? Language { get; set; }
        public string? RedirectUri { get; set; }
        public string? ColorScheme { get; set; }
    }
}
