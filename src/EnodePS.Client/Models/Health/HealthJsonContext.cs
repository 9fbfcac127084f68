using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(List<VendorHealth>))]
    internal sealed partial class HealthJsonContext : JsonSerializerContext
    {
    }
}
