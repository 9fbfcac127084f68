using System.Text.Json.Serialization;
using EnodePS.Client.Auth;
using EnodePS.Client.Errors;

namespace EnodePS.Client.Json
{
    /// <summary>Source-generated serializers for the client's own plumbing: tokens and problems.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(TokenResponse))]
    [JsonSerializable(typeof(ProblemDetails))]
    internal sealed partial class CoreJsonContext : JsonSerializerContext
    {
    }
}
