using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace EnodePS.Client.Json
{
    /// <summary>
    /// Reads fields of the loosely typed input a script has at hand: JsonRecords (parsed JSON, PowerShell objects and
    /// rows of Import-Csv as the module converts them), hashtables and other dictionaries, or .NET objects with
    /// properties. Field names compare case-insensitively, as in PowerShell.
    /// </summary>
    public static class PlainFields
    {
        /// <summary>True for something with named fields (not a string, number or list).</summary>
        public static bool IsRecord(object? value) =>
            value is JsonRecord || value is IDictionary || (value != null && !(value is string) && !IsSequence(value) && !IsScalar(value));

        public static bool IsSequence(object? value) =>
            value is IEnumerable && !(value is string) && !(value is IDictionary) && !(value is JsonRecord);

        public static IEnumerable<object?> Items(object? value) =>
            IsSequence(value) ? ((IEnumerable)value!).Cast<object?>() : new[] { value };

        public static IEnumerable<string> Names(object record)
        {
            switch (record)
            {
                case JsonRecord json: return json.Keys;
                case IDictionary dictionary: return dictionary.Keys.Cast<object>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? "");
                default: return record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Select(p => p.Name);
            }
        }

        public static bool TryGet(object record, string name, out object? value)
        {
            value = null;
            switch (record)
            {
                case JsonRecord json:
                    foreach (var pair in json)
                        if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)) { value = pair.Value; return true; }
                    return false;
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                        if (string.Equals(Convert.ToString(entry.Key, CultureInfo.InvariantCulture), name, StringComparison.OrdinalIgnoreCase))
                        {
                            value = entry.Value;
                            return true;
                        }
                    return false;
                default:
                    var property = record.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                    if (property == null || property.GetIndexParameters().Length > 0) return false;
                    value = property.GetValue(record);
                    return true;
            }
        }

        public static object? Get(object record, string name) => TryGet(record, name, out var value) ? value : null;

        /// <summary>The value as text: strings as they are, numbers in invariant culture; null for null.</summary>
        public static string? Text(object? value) =>
            value == null ? null : value is string s ? s : Convert.ToString(value, CultureInfo.InvariantCulture);

        /// <summary>Throws when the record has a field not in <paramref name="allowed"/>: a typo should not pass silently.</summary>
        public static void RejectUnknown(object record, string where, params string[] allowed)
        {
            foreach (var name in Names(record))
                if (!allowed.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)))
                    throw new ArgumentException($"{where}: unknown field '{name}'. Allowed: {string.Join(", ", allowed)}.");
        }

        private static bool IsScalar(object value) =>
            value is IConvertible || value is DateTimeOffset || value is TimeSpan || value is Guid || value is Uri;
    }
}
