using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Location))]
    [JsonSerializable(typeof(Page<Location>))]
    [JsonSerializable(typeof(LocationRequest))]
    internal sealed partial class LocationsJsonContext : JsonSerializerContext
    {
    }
}
