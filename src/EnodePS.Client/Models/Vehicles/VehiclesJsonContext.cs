using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Vehicle))]
    [JsonSerializable(typeof(Page<Vehicle>))]
    internal sealed partial class VehiclesJsonContext : JsonSerializerContext
    {
    }
}
