using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>Reads an embedded JSON object that has no model yet (devices other than vehicles, statuses) as a JsonRecord.</summary>
    internal sealed class JsonRecordConverter : JsonConverter<JsonRecord>
    {
        public override JsonRecord? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using (var document = JsonDocument.ParseValue(ref reader))
            {
                if (document.RootElement.ValueKind == JsonValueKind.Null) return null;
                return JsonTree.ToPlain(document.RootElement) as JsonRecord
                       ?? throw new JsonException($"Expected a JSON object, found {document.RootElement.ValueKind}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, JsonRecord value, JsonSerializerOptions options) =>
            writer.WriteRawValue(JsonTree.Serialize(value));
    }
}
