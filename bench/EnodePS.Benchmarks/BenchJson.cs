using System.Text.Json.Serialization;

namespace EnodePS.Benchmarks
{
    // camelCase and Populate, as the client's own contexts read the API's JSON.
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(ListingResult))]
    // The client's public models, read by the "models" baseline with the same source-generated approach the client uses.
    [JsonSerializable(typeof(EnodePS.Client.Paging.Page<EnodePS.Client.Models.Vehicle>))]
    internal sealed partial class BenchJson : JsonSerializerContext
    {
    }
}
