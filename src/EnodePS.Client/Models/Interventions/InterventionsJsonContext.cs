using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Intervention))]
    [JsonSerializable(typeof(List<Intervention>))]
    internal sealed partial class InterventionsJsonContext : JsonSerializerContext
    {
    }
}
