using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Inverter))]
    [JsonSerializable(typeof(Page<Inverter>))]
    [JsonSerializable(typeof(InverterStatistics))]
    internal sealed partial class InvertersJsonContext : JsonSerializerContext
    {
    }
}
