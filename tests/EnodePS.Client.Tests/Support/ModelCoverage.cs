using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests.Support
{
    /// <summary>Finds, for every field the reference documents, the model property that carries it (camelCase or [JsonPropertyName]).</summary>
    internal static class ModelCoverage
    {
        public static List<string> MissingFields(Type root, string operation, int status, Func<string, bool>? skip = null)
        {
            var missing = new List<string>();
            foreach (var field in SpecOperations.ResponseFields(operation, status))
            {
                if (skip != null && skip(field.Name)) continue;
                var type = root;
                foreach (var segment in field.Name.Split('.'))
                {
                    var isArray = segment.EndsWith("[]", StringComparison.Ordinal);
                    var name = isArray ? segment.Substring(0, segment.Length - 2) : segment;
                    var property = FindProperty(type, name);
                    if (property == null)
                    {
                        missing.Add($"{field.Name}: {type.Name} has no property for '{name}'");
                        break;
                    }
                    type = Unwrap(property.PropertyType, isArray);
                }
            }
            return missing;
        }

        private static PropertyInfo? FindProperty(Type type, string jsonName) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p =>
                p.GetCustomAttribute<JsonIgnoreAttribute>() == null
                && (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1)) == jsonName
                && p.CanWrite);

        private static Type Unwrap(Type type, bool isArray)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (isArray && type.IsGenericType) return type.GetGenericArguments()[0];
            return type;
        }
    }
}
