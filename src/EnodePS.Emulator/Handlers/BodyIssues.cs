using System.Collections.Generic;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>
    /// Collects what is wrong with a request body, each with its path (["tariffIntervals", 2, "from"]), and answers
    /// them all at once as one 400 problem with an issues list.
    /// </summary>
    public sealed class BodyIssues
    {
        private readonly List<JsonObject> _issues = new List<JsonObject>();

        public bool Any => _issues.Count > 0;

        public void Add(string message, params object[] path)
        {
            var segments = new JsonArray();
            foreach (var segment in path)
                segments.Add(segment is int index ? JsonValue.Create(index) : JsonValue.Create(segment.ToString()));
            _issues.Add(new JsonObject { ["code"] = "invalid", ["path"] = segments, ["message"] = message });
        }

        public EmulatorResponse ToProblem(string detail) => Problems.BadRequest(detail, _issues.ToArray());

        /// <summary>The string at the key, or null (recording an issue) when it is missing, not a string or empty.</summary>
        public string? RequiredString(JsonObject body, string key, params object[] parentPath)
        {
            var path = Append(parentPath, key);
            if (!body.TryGetPropertyValue(key, out var node) || node == null)
            {
                Add("Required", path);
                return null;
            }
            if (node is JsonValue value && value.TryGetValue<string>(out var text))
            {
                if (text.Length > 0) return text;
                Add("Must not be empty", path);
                return null;
            }
            Add("Expected string", path);
            return null;
        }

        public static object[] Append(object[] path, object segment)
        {
            var result = new object[path.Length + 1];
            path.CopyTo(result, 0);
            result[path.Length] = segment;
            return result;
        }
    }
}
