using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Reads a number from a node whether it was built from an int, a double or parsed JSON (a cast would not).</summary>
    public static class JsonNumbers
    {
        public static double? Read(JsonNode? node)
        {
            if (!(node is JsonValue value)) return null;
            if (value.TryGetValue<double>(out var d)) return d;
            if (value.TryGetValue<int>(out var i)) return i;
            if (value.TryGetValue<long>(out var l)) return l;
            if (value.TryGetValue<decimal>(out var m)) return (double)m;
            if (value.TryGetValue<JsonElement>(out var e) && e.ValueKind == JsonValueKind.Number) return e.GetDouble();
            return null;
        }
    }
}
