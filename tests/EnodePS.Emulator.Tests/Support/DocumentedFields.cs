using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests.Support
{
    /// <summary>
    /// Checks an answer against the reference: every documented field is present unless the reference lets it be left
    /// out (<see cref="OptionalResponseFields"/>), null only where the reference allows null, and string values within
    /// the documented enum.
    /// </summary>
    public static class DocumentedFields
    {
        public static void AssertPresent(JsonNode? body, string operation, int status = 200, Func<string, bool>? skip = null)
        {
            var fields = SpecOperations.ResponseFields(operation, status);
            Assert.NotEmpty(fields);
            var byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
            var problems = new List<string>();
            foreach (var field in fields.Where(f => skip == null || !skip(f.Name)))
                Walk(new List<JsonNode?> { body }, field.Name, field, byName, problems);
            Assert.True(problems.Count == 0, operation + ":\n" + string.Join("\n", problems.Distinct()));
        }

        private static void Walk(List<JsonNode?> roots, string path, SpecOperations.Field field,
            Dictionary<string, SpecOperations.Field> byName, List<string> problems)
        {
            var segments = path.Split('.');
            var nodes = roots;
            var walked = "";
            for (var i = 0; i < segments.Length; i++)
            {
                var segment = segments[i];
                var isArray = segment.EndsWith("[]", StringComparison.Ordinal);
                var name = isArray ? segment.Substring(0, segment.Length - 2) : segment;
                walked = walked.Length == 0 ? segment : walked + "." + segment;
                var documented = isArray ? walked.Substring(0, walked.Length - 2) : walked;
                var next = new List<JsonNode?>();
                foreach (var node in nodes)
                {
                    if (node is not JsonObject obj)
                    {
                        problems.Add($"{path}: '{walked}' is inside a {node?.GetValueKind().ToString() ?? "null"}, not an object");
                        continue;
                    }
                    if (!obj.ContainsKey(name))
                    {
                        if (!OptionalResponseFields.IsOptional(documented)) problems.Add($"{path}: '{name}' is missing");
                        continue;
                    }
                    var child = obj[name];
                    if (child == null)
                    {
                        var allowsNull = byName.TryGetValue(documented, out var f) ? f.Nullable : field.Nullable;
                        if (!allowsNull) problems.Add($"{path}: '{walked}' is null but documented as {(f ?? field).Type}");
                        continue;
                    }
                    if (isArray)
                    {
                        if (child is JsonArray array) next.AddRange(array);
                        else problems.Add($"{path}: '{walked}' is not an array");
                    }
                    else
                    {
                        next.Add(child);
                    }
                }
                nodes = next;
            }
            if (field.Values == null) return;
            foreach (var value in nodes.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String))
                if (!field.Values.Contains(value.GetValue<string>()))
                    problems.Add($"{path}: '{value}' is not one of {string.Join(", ", field.Values)}");
        }
    }
}
