using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(List<StatisticsRowWire>))]
    internal sealed partial class StatisticsJsonContext : JsonSerializerContext
    {
    }
}
