using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Charger))]
    [JsonSerializable(typeof(Page<Charger>))]
    internal sealed partial class ChargersJsonContext : JsonSerializerContext
    {
    }
}
