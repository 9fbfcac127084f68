using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(User))]
    [JsonSerializable(typeof(Page<User>))]
    [JsonSerializable(typeof(LinkSession))]
    [JsonSerializable(typeof(LinkSessionRequest))]
    [JsonSerializable(typeof(RelinkSessionRequest))]
    internal sealed partial class UsersJsonContext : JsonSerializerContext
    {
    }
}
