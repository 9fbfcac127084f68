using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using EnodePS.Client.Errors;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Json
{
    /// <summary>
    /// One pass of <see cref="Utf8JsonReader"/> over an answer, building the caller's objects through an
    /// <see cref="IJsonObjectBuilder{TObject}"/> (the value types are described there). Nesting is limited by the
    /// reader's depth of 64. An answer that is not JSON, or holds text that is not UTF-8, is an EnodeProtocolException.
    /// </summary>
    internal static class JsonValueReader
    {
        public static object? ReadAnswer<TObject>(ReadOnlySpan<byte> json, IJsonObjectBuilder<TObject> builder, string what) where TObject : class
        {
            try
            {
                var reader = new Utf8JsonReader(json);
                if (!reader.Read()) throw new JsonException("The answer is empty.");
                var value = ReadValue(ref reader, builder);
                if (reader.Read()) throw new JsonException("The answer goes on after its value.");
                return value;
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException || ex is FormatException)
            {
                throw Unreadable(what, ex);
            }
        }

        /// <summary>A page's { data, pagination } envelope with every item of data built; other members are skipped.</summary>
        public static Page<object?> ReadPage<TObject>(ReadOnlySpan<byte> json, IJsonObjectBuilder<TObject> builder, string what) where TObject : class
        {
            try
            {
                var reader = new Utf8JsonReader(json);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A page is a JSON object.");
                var page = new Page<object?>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("data"))
                    {
                        reader.Read();
                        page.Data = ReadItems(ref reader, builder);
                    }
                    else if (reader.ValueTextEquals("pagination"))
                    {
                        reader.Read();
                        page.Pagination = ReadPagination(ref reader) ?? new Pagination(); // null: no further page
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
                if (reader.Read()) throw new JsonException("The page goes on after its object.");
                return page;
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException || ex is FormatException)
            {
                throw Unreadable(what, ex);
            }
        }

        private static EnodeProtocolException Unreadable(string what, Exception ex) =>
            ex is JsonException
                ? new EnodeProtocolException($"The {what} is not valid JSON: {ex.Message}", ex)
                : new EnodeProtocolException($"The {what} holds a value that cannot be read: {ex.Message}", ex);

        private static List<object?>? ReadItems<TObject>(ref Utf8JsonReader reader, IJsonObjectBuilder<TObject> builder) where TObject : class
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("\"data\" is not a list.");
            var items = new List<object?>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader, builder));
            return items;
        }

        private static Pagination? ReadPagination(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("\"pagination\" is not an object.");
            var pagination = new Pagination();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isAfter = reader.ValueTextEquals("after");
                var isBefore = !isAfter && reader.ValueTextEquals("before");
                reader.Read();
                if (!isAfter && !isBefore) { reader.Skip(); continue; }
                if (reader.TokenType != JsonTokenType.String && reader.TokenType != JsonTokenType.Null)
                    throw new JsonException("A cursor of \"pagination\" is not a string.");
                var cursor = reader.GetString();
                if (isAfter) pagination.After = cursor; else pagination.Before = cursor;
            }
            return pagination;
        }

        private static object? ReadValue<TObject>(ref Utf8JsonReader reader, IJsonObjectBuilder<TObject> builder) where TObject : class
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var target = builder.CreateObject();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = PropertyName(ref reader);
                        reader.Read();
                        builder.AddProperty(target, name, ReadValue(ref reader, builder));
                    }
                    return target;
                case JsonTokenType.StartArray:
                    if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray) return Array.Empty<object?>();
                    var items = new List<object?>();
                    do items.Add(ReadValue(ref reader, builder));
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);
                    return items.ToArray();
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    return Number(ref reader);
                case JsonTokenType.True:
                    return True;
                case JsonTokenType.False:
                    return False;
                default:
                    return null;
            }
        }

        private static readonly object True = true;
        private static readonly object False = false;

        /// <summary>As Invoke-RestMethod reads numbers: integers as long (BigInteger beyond it), anything else as double.</summary>
        private static object Number(ref Utf8JsonReader reader)
        {
            if (reader.TryGetInt64(out var whole)) return whole;
            var text = reader.ValueSpan;
            if (text.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
                return BigInteger.Parse(Encoding.UTF8.GetString(text.ToArray()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return reader.GetDouble();
        }

        private const int NameSlots = 1024;

        // Shared by every thread: an entry never changes once made, so a race costs a cache miss, never a wrong name.
        private static readonly CachedName?[] Names = new CachedName?[NameSlots];

        /// <summary>A property name, from a cache keyed by its UTF-8 bytes: fifty items of a page share one string per name.</summary>
        private static string PropertyName(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence) return reader.GetString()!;
            var bytes = reader.ValueSpan;
            var hash = 2166136261u;
            foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
            var slot = (int)(hash % NameSlots);
            var cached = Names[slot];
            if (cached != null && bytes.SequenceEqual(cached.Utf8)) return cached.Name;
            var name = reader.GetString()!;
            Names[slot] = new CachedName(bytes.ToArray(), name);
            return name;
        }

        private sealed class CachedName
        {
            public CachedName(byte[] utf8, string name) { Utf8 = utf8; Name = name; }
            public byte[] Utf8 { get; }
            public string Name { get; }
        }
    }
}
