using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Battery))]
    [JsonSerializable(typeof(Page<Battery>))]
    internal sealed partial class BatteriesJsonContext : JsonSerializerContext
    {
    }
}
