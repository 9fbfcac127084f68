using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace EnodePS.Client.Json
{
    /// <summary>
    /// Converts between JSON and plain .NET values (JsonRecord, object[], string, long, decimal, double, bool, null),
    /// without reflection: this is how free-form requests and answers cross into callers that have no model for them.
    /// </summary>
    public static class JsonTree
    {
        public static object? Parse(string json)
        {
            using (var document = JsonDocument.Parse(json))
                return ToPlain(document.RootElement);
        }

        /// <summary>
        /// Parses a JSON text a user wrote (a file, a parameter): malformed text is a <see cref="FormatException"/>
        /// carrying the parser's message, so that callers without System.Text.Json (the cmdlets) can catch it.
        /// </summary>
        public static object? ParseText(string json)
        {
            try
            {
                return Parse(json);
            }
            catch (JsonException ex)
            {
                throw new FormatException(ex.Message, ex);
            }
        }

        public static object? Parse(byte[] utf8Json)
        {
            using (var document = JsonDocument.Parse(utf8Json))
                return ToPlain(document.RootElement);
        }

        /// <summary>Checks that a body given as text is JSON before it is sent; if not, names the parameter and where the JSON breaks.</summary>
        public static string CheckJson(string json, string parameterName)
        {
            try
            {
                using (JsonDocument.Parse(json)) return json;
            }
            catch (JsonException ex)
            {
                throw new Validation.EnodeValidationException(parameterName, "(the JSON text)", "a JSON text (" + ex.Message + ")");
            }
        }

        /// <summary>
        /// Parses a server's answer; an answer that is not JSON (malformed, cut, nested too deep, badly encoded) becomes
        /// an <see cref="Errors.EnodeProtocolException"/> naming <paramref name="what"/>, e.g. "answer to GET /vehicles".
        /// </summary>
        public static object? ParseAnswer(string json, string what)
        {
            try
            {
                return Parse(json);
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException)
            {
                throw new Errors.EnodeProtocolException($"The {what} is not valid JSON: {ex.Message}", ex);
            }
        }

        /// <summary>As <see cref="ParseAnswer(string, string)"/>, with JSON objects built by <paramref name="builder"/> (the values as it describes).</summary>
        public static object? ParseAnswer<TObject>(string json, string what, IJsonObjectBuilder<TObject> builder) where TObject : class =>
            JsonValueReader.ReadAnswer(Encoding.UTF8.GetBytes(json), builder, what);

        public static object? ToPlain(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var record = new JsonRecord();
                    foreach (var property in element.EnumerateObject()) record.Add(property.Name, ToPlain(property.Value));
                    return record;
                case JsonValueKind.Array:
                    var items = new List<object?>();
                    foreach (var item in element.EnumerateArray()) items.Add(ToPlain(item));
                    return items.ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    if (element.TryGetInt64(out var whole)) return whole;
                    if (element.TryGetDecimal(out var exact)) return exact;
                    return element.GetDouble();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                default: return null;
            }
        }

        /// <summary>Writes dictionaries, lists and primitives as JSON. Numbers are written in invariant culture.</summary>
        public static string Serialize(object? value)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                    Write(writer, value, depth: 0);
                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }

        private const int MaxDepth = 64;

        private static void Write(Utf8JsonWriter writer, object? value, int depth)
        {
            if (depth > MaxDepth) throw new ArgumentException($"The value nests deeper than {MaxDepth} levels (is it circular?).");
            switch (value)
            {
                case null: writer.WriteNullValue(); return;
                case string s: writer.WriteStringValue(s); return;
                case bool b: writer.WriteBooleanValue(b); return;
                case char c: writer.WriteStringValue(c.ToString()); return;
                case byte or sbyte or short or ushort or int or uint or long:
                    writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); return;
                case ulong u: writer.WriteNumberValue(u); return;
                case float f: writer.WriteNumberValue(f); return;
                case double d: writer.WriteNumberValue(d); return;
                case decimal m: writer.WriteNumberValue(m); return;
                case DateTimeOffset dto: writer.WriteStringValue(dto.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)); return;
                case DateTime dt: writer.WriteStringValue(dt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)); return;
                case Guid g: writer.WriteStringValue(g.ToString("D")); return;
                case Enum e: writer.WriteStringValue(e.ToString()); return;
                case JsonElement element: element.WriteTo(writer); return;
                case JsonRecord record:
                    writer.WriteStartObject();
                    foreach (var p in record) { writer.WritePropertyName(p.Key); Write(writer, p.Value, depth + 1); }
                    writer.WriteEndObject();
                    return;
                case IDictionary dictionary:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                        Write(writer, entry.Value, depth + 1);
                    }
                    writer.WriteEndObject();
                    return;
                case IEnumerable sequence:
                    writer.WriteStartArray();
                    foreach (var item in sequence) Write(writer, item, depth + 1);
                    writer.WriteEndArray();
                    return;
                default:
                    writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    return;
            }
        }
    }
}
