using System.Text.Json.Serialization;

namespace EnodePS.Benchmarks
{
    [JsonSerializable(typeof(ListingResult))]
    [JsonSerializable(typeof(OverheadResult))]
    internal sealed partial class BenchJson : JsonSerializerContext
    {
    }
}
