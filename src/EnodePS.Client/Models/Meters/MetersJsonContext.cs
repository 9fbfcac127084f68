using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Meter))]
    [JsonSerializable(typeof(Page<Meter>))]
    internal sealed partial class MetersJsonContext : JsonSerializerContext
    {
    }
}
