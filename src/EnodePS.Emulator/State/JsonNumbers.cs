using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Reads a number from a JSON node whatever it holds: documents built in memory keep ints as ints, and
    /// JsonValue.TryGetValue&lt;double&gt; does not convert those.
    /// </summary>
    public static class JsonNumbers
    {
        public static double? Read(JsonNode? node) =>
            node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
                ? double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                : (double?)null;
    }
}
