using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Hvac))]
    [JsonSerializable(typeof(Page<Hvac>))]
    internal sealed partial class HvacsJsonContext : JsonSerializerContext
    {
    }
}
