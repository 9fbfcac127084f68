using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Validation
{
    /// <summary>
    /// Reads fields of a JSON request body and collects every problem with them, so that one 400 answer lists all the
    /// issues (each with its path), as the reference's payload validation does.
    /// </summary>
    public sealed class BodyReader
    {
        private readonly List<JsonObject> _issues = new List<JsonObject>();

        public BodyReader(JsonObject body, params object[] basePath)
        {
            Body = body;
            BasePath = basePath;
        }

        public JsonObject Body { get; }
        private object[] BasePath { get; }

        public bool IsValid => _issues.Count == 0;
        public IReadOnlyList<JsonObject> Issues => _issues;

        public bool Has(string name) => Body.ContainsKey(name);

        /// <summary>A field the reference does not define is an error, so that a misspelt field name is never ignored.</summary>
        public void RejectUnknown(params string[] known)
        {
            foreach (var property in Body)
                if (System.Array.IndexOf(known, property.Key) < 0) Fail("is not allowed", property.Key);
        }

        public void Fail(string message, params object[] path) => AddIssue(BasePath.Concat(path).ToArray(), message);

        public string? String(string name, bool required, IReadOnlyCollection<string>? allowed = null)
        {
            if (!Present(name, required, out var node)) return null;
            if (node is JsonValue value && value.TryGetValue<string>(out var text))
            {
                if (allowed != null && !allowed.Contains(text, StringComparer.Ordinal))
                {
                    Fail("must be one of " + string.Join(", ", allowed), name);
                    return null;
                }
                return text;
            }
            Fail("must be a string", name);
            return null;
        }

        /// <summary>A string field that may be JSON null; <paramref name="isNull"/> tells a null apart from an absent field.</summary>
        public string? NullableString(string name, bool required, out bool isNull)
        {
            isNull = Body.TryGetPropertyValue(name, out var node) && node == null;
            return isNull ? null : String(name, required);
        }

        public bool? Bool(string name, bool required)
        {
            if (!Present(name, required, out var node)) return null;
            if (node is JsonValue value && value.TryGetValue<bool>(out var flag)) return flag;
            Fail("must be a boolean", name);
            return null;
        }

        public double? Number(string name, bool required, double min, double max)
        {
            if (!Present(name, required, out var node)) return null;
            if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
            {
                var number = value.GetValue<double>();
                if (number >= min && number <= max) return number;
                Fail(string.Format(CultureInfo.InvariantCulture, "must be a number from {0} to {1}", min, max), name);
                return null;
            }
            Fail("must be a number", name);
            return null;
        }

        public JsonArray? Array(string name, bool required)
        {
            if (!Present(name, required, out var node)) return null;
            if (node is JsonArray array) return array;
            Fail("must be an array", name);
            return null;
        }

        public JsonObject? Object(string name, bool required)
        {
            if (!Present(name, required, out var node)) return null;
            if (node is JsonObject obj) return obj;
            Fail("must be an object", name);
            return null;
        }

        /// <summary>A date-time string; answers it normalised to UTC.</summary>
        public DateTimeOffset? Timestamp(string name, bool required)
        {
            var text = String(name, required);
            if (text == null) return null;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                return parsed;
            Fail("must be an ISO 8601 date-time", name);
            return null;
        }

        /// <summary>Issues found by a reader of a nested object join this one's.</summary>
        public void Absorb(BodyReader nested) => _issues.AddRange(nested._issues);

        public EmulatorResponse Problem() =>
            Problems.Create(400, "bad-request", "Payload validation failed",
                string.Join("; ", _issues.Select(i => $"\"{PathText(i)}\" {(string?)i["message"]}")), _issues);

        private bool Present(string name, bool required, out JsonNode? node)
        {
            if (Body.TryGetPropertyValue(name, out node) && node != null) return true;
            if (required) Fail(Body.ContainsKey(name) ? "must not be null" : "is required", name);
            return false;
        }

        private void AddIssue(object[] path, string message)
        {
            var array = new JsonArray();
            foreach (var segment in path)
                array.Add(segment is int index ? JsonValue.Create(index) : JsonValue.Create(Convert.ToString(segment, CultureInfo.InvariantCulture)));
            _issues.Add(new JsonObject { ["code"] = "invalid", ["path"] = array, ["message"] = message });
        }

        private static string PathText(JsonObject issue) =>
            string.Join(".", ((JsonArray)issue["path"]!).Select(n => n!.ToJsonString().Trim('"')));
    }
}
