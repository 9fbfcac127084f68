using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EnodePS.Client.Paging;

namespace EnodePS.Cmdlets.Requests
{
    /// <summary>
    /// Reads a page of any list endpoint straight into what Invoke-EnodeRequest outputs, with no plain values or JSON
    /// elements in between: objects become PSCustomObjects, arrays object[], numbers long (or decimal, or double),
    /// strings stay strings (dates too, unconverted), true/false bool, null null. Property names are cached across
    /// items, so that fifty vehicles share one string per name.
    /// </summary>
    internal sealed class PSObjectPageReader : JsonConverter<Page<object?>>
    {
        public static readonly JsonTypeInfo<Page<object?>> PageType = JsonMetadataServices.CreateValueInfo<Page<object?>>(
            new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }, new PSObjectPageReader());

        private const int NameSlots = 1024;
        private const int MaxDepth = 64;

        // Shared by every thread: entries never change once made, so a race costs a cache miss, never a wrong name.
        private static readonly CachedName?[] Names = new CachedName?[NameSlots];

        public override Page<object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A page is not a JSON object.");
            var page = new Page<object?>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "data" && reader.TokenType == JsonTokenType.StartArray)
                {
                    var items = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader, 1));
                    page.Data = items;
                }
                else if (name == "pagination" && reader.TokenType == JsonTokenType.StartObject)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var cursor = reader.GetString();
                        reader.Read();
                        var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        if (reader.TokenType != JsonTokenType.String) reader.Skip();
                        if (cursor == "after") page.Pagination.After = value;
                        else if (cursor == "before") page.Pagination.Before = value;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
            return page;
        }

        private static object? ReadValue(ref Utf8JsonReader reader, int depth)
        {
            if (depth > MaxDepth) throw new JsonException($"The answer nests deeper than {MaxDepth} levels.");
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var record = new PSObject();
                    var properties = record.Properties;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = Name(ref reader);
                        reader.Read();
                        // Pre-validated: a JSON object's names need none of PowerShell's checks; a repeated name replaces
                        // the earlier value, as it does in the plain values of a single answer.
                        properties.Add(new PSNoteProperty(name, ReadValue(ref reader, depth + 1)), true);
                    }
                    return record;
                case JsonTokenType.StartArray:
                    var items = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader, depth + 1));
                    return items.ToArray();
                case JsonTokenType.String:
                    return Text(ref reader);
                case JsonTokenType.Number:
                    if (reader.TryGetInt64(out var whole)) return whole;
                    if (reader.TryGetDecimal(out var exact)) return exact;
                    return reader.GetDouble();
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                default: return null;
            }
        }

        private static string Text(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException ex)
            {
                throw new JsonException("The answer holds text that is not valid UTF-8: " + ex.Message, ex);
            }
        }

        private static string Name(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence) return Text(ref reader);
            var bytes = reader.ValueSpan;
            var hash = 2166136261u;
            foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
            var slot = (int)(hash % NameSlots);
            var cached = Names[slot];
            if (cached != null && bytes.SequenceEqual(cached.Utf8)) return cached.Name;
            var name = Text(ref reader);
            Names[slot] = new CachedName(bytes.ToArray(), name);
            return name;
        }

        public override void Write(Utf8JsonWriter writer, Page<object?> value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Pages are only read.");

        private sealed class CachedName
        {
            public CachedName(byte[] utf8, string name) { Utf8 = utf8; Name = name; }
            public byte[] Utf8 { get; }
            public string Name { get; }
        }
    }
}
