using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(List<TariffRate>))]
    [JsonSerializable(typeof(List<LocationTariffEntry>))]
    [JsonSerializable(typeof(LocationTariffRequest))]
    internal sealed partial class TariffsJsonContext : JsonSerializerContext
    {
    }
}
