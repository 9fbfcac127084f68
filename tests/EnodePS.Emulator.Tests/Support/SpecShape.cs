using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests.Support
{
    /// <summary>
    /// Compares an answer with the fields the reference (spec/endpoints.json) lists for an operation's response: no
    /// field the reference does not name, and every field it names present wherever its parent object is, unless the
    /// reference lets it be left out (<see cref="OptionalResponseFields"/>).
    /// </summary>
    public static class SpecShape
    {
        private static readonly Lazy<JsonArray> Operations = new Lazy<JsonArray>(() =>
            (JsonArray)JsonNode.Parse(File.ReadAllText(SpecFiles.Combine("spec", "endpoints.json")))!);

        public static bool HasOperation(string method, string path) =>
            Operations.Value.Any(o => (string?)o!["method"] == method && (string?)o["path"] == path);

        public static HashSet<string> ResponseFields(string method, string path, int status)
        {
            var operation = Operations.Value.Single(o => (string?)o!["method"] == method && (string?)o["path"] == path)!;
            var response = ((JsonArray)operation["responses"]!).Single(r => (int?)r!["status"] == status)!;
            return new HashSet<string>(((JsonArray?)response["fields"] ?? new JsonArray()).Select(f => (string)f!["name"]!));
        }

        public static void AssertMatches(string method, string path, int status, JsonNode body)
        {
            var spec = ResponseFields(method, path, status);
            var actual = new List<(string Path, JsonObject Object)>();
            if (body is JsonArray rows) foreach (var row in rows) Collect((JsonObject)row!, "", actual);
            else Collect((JsonObject)body, "", actual);

            foreach (var (parent, obj) in actual)
            {
                var prefix = parent.Length == 0 ? "" : parent + ".";
                var defined = parent.Length == 0 || spec.Any(f => f.StartsWith(prefix, StringComparison.Ordinal));
                if (!defined) continue; // the reference gives this object no children (e.g. schedules' "data")
                foreach (var property in obj)
                    Assert.True(spec.Contains(prefix + property.Key), $"{method} {path}: the answer has \"{prefix + property.Key}\", which the reference does not define.");
                foreach (var field in spec.Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && !f.Substring(prefix.Length).Contains('.')))
                {
                    var name = field.Substring(prefix.Length);
                    if (name.EndsWith("[]", StringComparison.Ordinal) || OptionalResponseFields.IsOptional(field)) continue;
                    Assert.True(obj.ContainsKey(name), $"{method} {path}: the answer lacks \"{field}\".");
                }
            }
        }

        private static void Collect(JsonObject obj, string path, List<(string, JsonObject)> found)
        {
            found.Add((path, obj));
            foreach (var property in obj)
            {
                var child = path.Length == 0 ? property.Key : path + "." + property.Key;
                if (property.Value is JsonObject nested) Collect(nested, child, found);
                else if (property.Value is JsonArray array)
                    foreach (var item in array.OfType<JsonObject>()) Collect(item, child + "[]", found);
            }
        }
    }
}
