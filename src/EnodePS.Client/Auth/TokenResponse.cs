using System.Text.Json.Serialization;

namespace EnodePS.Client.Auth
{
    /// <summary>The OAuth token endpoint's answer.</summary>
    internal sealed class TokenResponse
    {
        [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
        [JsonPropertyName("expires_in")] public double ExpiresIn { get; set; }
        [JsonPropertyName("scope")] public string? Scope { get; set; }
        [JsonPropertyName("token_type")] public string? TokenType { get; set; }
    }
}
