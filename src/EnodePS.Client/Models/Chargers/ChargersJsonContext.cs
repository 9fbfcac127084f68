using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(Charger))]
    [JsonSerializable(typeof(Page<Charger>))]
    internal sealed partial class ChargersJsonContext : JsonSerializerContext
    {
    }
}
