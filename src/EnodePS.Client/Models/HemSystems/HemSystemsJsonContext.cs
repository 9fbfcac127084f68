using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(HemSystem))]
    [JsonSerializable(typeof(Page<HemSystem>))]
    [JsonSerializable(typeof(HemSystemStatistics))]
    internal sealed partial class HemSystemsJsonContext : JsonSerializerContext
    {
    }
}
