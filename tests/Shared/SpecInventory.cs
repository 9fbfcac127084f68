using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EnodePS.Tests.Shared
{
    /// <summary>
    /// The API's operations as the reference documents them (spec/endpoints.json), one per distinct METHOD + path.
    /// Tests check the emulator, the client and the cmdlets against this inventory instead of against each other.
    /// </summary>
    public static class SpecInventory
    {
        private static readonly Lazy<IReadOnlyList<SpecOperation>> Loaded = new Lazy<IReadOnlyList<SpecOperation>>(Load);

        /// <summary>Every documented operation, in the reference's order; an operation documented twice appears once.</summary>
        public static IReadOnlyList<SpecOperation> Operations => Loaded.Value;

        /// <summary>The operation named "METHOD /path", or null when the reference has none.</summary>
        public static SpecOperation? Find(string operation) =>
            Operations.FirstOrDefault(o => string.Equals(o.Operation, operation, StringComparison.Ordinal));

        private static IReadOnlyList<SpecOperation> Load()
        {
            using var document = JsonDocument.Parse(File.ReadAllText(SpecFiles.Combine("spec", "endpoints.json")));
            var result = new List<SpecOperation>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var operation = SpecOperation.Read(element);
                if (seen.Add(operation.Operation)) result.Add(operation);
            }
            return result;
        }
    }

    /// <summary>One documented operation: method, path template, parameters, request body fields and answers.</summary>
    public sealed class SpecOperation
    {
        private SpecOperation(string method, string path, string title, string section, IReadOnlyList<SpecParameter> pathParameters,
            IReadOnlyList<SpecParameter> queryParameters, string? requestBodyShape, IReadOnlyList<SpecField> requestBody,
            IReadOnlyList<SpecResponse> responses)
        {
            Method = method;
            Path = path;
            Title = title;
            Section = section;
            PathParameters = pathParameters;
            QueryParameters = queryParameters;
            RequestBodyShape = requestBodyShape;
            RequestBody = requestBody;
            Responses = responses;
        }

        public string Method { get; }

        /// <summary>The path template, e.g. "/vehicles/{vehicleId}".</summary>
        public string Path { get; }

        /// <summary>"METHOD /path": how the emulator's router names operations.</summary>
        public string Operation => Method + " " + Path;
        public string Title { get; }
        public string Section { get; }

        /// <summary>The path's parameters in the order they appear in the template.</summary>
        public IReadOnlyList<SpecParameter> PathParameters { get; }
        public IReadOnlyList<SpecParameter> QueryParameters { get; }

        /// <summary>"object", "list of object", ... or null when the operation takes no body.</summary>
        public string? RequestBodyShape { get; }
        public IReadOnlyList<SpecField> RequestBody { get; }
        public IReadOnlyList<SpecResponse> Responses { get; }

        /// <summary>The first documented 2xx answer; null when the reference gives no success status.</summary>
        public SpecResponse? Success => Responses.FirstOrDefault(r => r.Status >= 200 && r.Status < 300);

        public bool Documents(int status) => Responses.Any(r => r.Status == status);

        public override string ToString() => Operation;

        internal static SpecOperation Read(JsonElement e)
        {
            var path = e.GetProperty("path").GetString()!;
            // The scrape lost some path parameters' names; the template still has them.
            var templateNames = path.Split('/').Where(s => s.StartsWith("{") && s.EndsWith("}")).Select(s => s.Substring(1, s.Length - 2)).ToList();
            var documented = Parameters(e, "pathParams");
            var pathParameters = templateNames
                .Select(name => documented.FirstOrDefault(p => p.Name == name) ?? new SpecParameter(name, null, true, null))
                .ToList();
            return new SpecOperation(
                e.GetProperty("method").GetString()!,
                path,
                Text(e, "title") ?? "",
                Text(e, "section") ?? "",
                pathParameters,
                Parameters(e, "queryParams"),
                Text(e, "requestBodyShape"),
                Fields(e, "requestBody"),
                e.GetProperty("responses").EnumerateArray().Select(SpecResponse.Read).ToList());
        }

        private static IReadOnlyList<SpecParameter> Parameters(JsonElement e, string property) =>
            e.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(p => Text(p, "name") != null)
                    .Select(p => new SpecParameter(Text(p, "name")!, Text(p, "type"),
                        p.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True, Enum(p)))
                    .ToList()
                : new List<SpecParameter>();

        internal static IReadOnlyList<SpecField> Fields(JsonElement e, string property) =>
            e.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(f => Text(f, "name") != null)
                    .Select(f => new SpecField(Text(f, "name")!, Text(f, "type"),
                        f.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True, Enum(f)))
                    .ToList()
                : new List<SpecField>();

        internal static string? Text(JsonElement e, string property) =>
            e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static IReadOnlyList<string>? Enum(JsonElement e) =>
            e.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array
                ? values.EnumerateArray().Select(v => v.GetString()!).ToList()
                : null;
    }

    public sealed class SpecParameter
    {
        public SpecParameter(string name, string? type, bool required, IReadOnlyList<string>? allowed)
        {
            Name = name;
            Type = type;
            Required = required;
            Allowed = allowed;
        }

        public string Name { get; }
        public string? Type { get; }
        public bool Required { get; }

        /// <summary>The documented enum values, or null.</summary>
        public IReadOnlyList<string>? Allowed { get; }

        public override string ToString() => Name;
    }

    /// <summary>A documented field; nested fields are named with dots, array items with "[]" ("data[].id").</summary>
    public sealed class SpecField
    {
        public SpecField(string name, string? type, bool required, IReadOnlyList<string>? allowed)
        {
            Name = name;
            Type = type;
            Required = required;
            Allowed = allowed;
        }

        public string Name { get; }
        public string? Type { get; }
        public bool Required { get; }
        public IReadOnlyList<string>? Allowed { get; }

        /// <summary>A field of the body itself (or of each item of a list body), not of something nested.</summary>
        public bool IsTopLevel => Name.IndexOf('.') < 0 && Name.IndexOf("[]", StringComparison.Ordinal) < 0;

        public override string ToString() => Name;
    }

    public sealed class SpecResponse
    {
        private SpecResponse(int? status, string? bodyShape, string description, IReadOnlyList<SpecField> fields)
        {
            Status = status;
            BodyShape = bodyShape;
            Description = description;
            Fields = fields;
        }

        /// <summary>The HTTP status; null where the reference's text lost it.</summary>
        public int? Status { get; }

        /// <summary>"object", "list of object", ...; null for no body.</summary>
        public string? BodyShape { get; }
        public string Description { get; }
        public IReadOnlyList<SpecField> Fields { get; }

        public bool IsList => BodyShape != null && BodyShape.StartsWith("list", StringComparison.Ordinal);
        public bool IsObject => BodyShape == "object";

        /// <summary>The names of the body's own fields (each item's, for a list body).</summary>
        public IReadOnlyList<string> TopLevelFields => Fields.Where(f => f.IsTopLevel).Select(f => f.Name).Distinct().ToList();

        internal static SpecResponse Read(JsonElement e) => new SpecResponse(
            e.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : (int?)null,
            SpecOperation.Text(e, "bodyShape"),
            SpecOperation.Text(e, "description") ?? "",
            SpecOperation.Fields(e, "fields"));
    }
}
