using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EnodePS.Tests.Shared
{
    /// <summary>Reads the documented response fields of an operation from the repository's spec/endpoints.json.</summary>
    public static class SpecOperations
    {
        public sealed class Field
        {
            public Field(string name, string type, IReadOnlyList<string>? values)
            {
                Name = name;
                Type = type;
                Values = values;
            }

            /// <summary>Dotted path, "[]" marking arrays: "data[].chargeState.isCharging".</summary>
            public string Name { get; }
            public string Type { get; }

            /// <summary>The documented enum values, or null.</summary>
            public IReadOnlyList<string>? Values { get; }
            public bool Nullable => Type.Contains("null") || Type == "None";

            public override string ToString() => Name + " (" + Type + ")";
        }

        private static readonly Lazy<JsonDocument> Spec = new Lazy<JsonDocument>(() =>
            JsonDocument.Parse(File.ReadAllText(SpecFiles.Combine("spec", "endpoints.json"))));

        /// <summary>The fields of the first documented response with the status, for "METHOD /path".</summary>
        public static IReadOnlyList<Field> ResponseFields(string operation, int status)
        {
            foreach (var op in Spec.Value.RootElement.EnumerateArray())
            {
                if (op.GetProperty("method").GetString() + " " + op.GetProperty("path").GetString() != operation) continue;
                foreach (var response in op.GetProperty("responses").EnumerateArray())
                {
                    if (response.GetProperty("status").GetInt32() != status) continue;
                    if (!response.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array) return new Field[0];
                    return fields.EnumerateArray().Select(f => new Field(
                        f.GetProperty("name").GetString()!,
                        f.GetProperty("type").ValueKind == JsonValueKind.String ? f.GetProperty("type").GetString()! : "None",
                        f.TryGetProperty("enum", out var e) && e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(v => v.ToString()).ToList() : null)).ToList();
                }
            }
            throw new InvalidOperationException($"spec/endpoints.json documents no {status} response for {operation}.");
        }
    }
}
