using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client.Json;

namespace EnodePS.Infrastructure
{
    /// <summary>Conversions between the client's plain values and PowerShell's objects. The output side is applied to everything a cmdlet writes.</summary>
    internal static class PowerShellValues
    {
        private const string ModelNamespace = "EnodePS.Client.Models";

        /// <summary>The PowerShell type name of an output: "EnodePS.Vehicle" for the client's Vehicle model.</summary>
        public static string? TypeNameFor(object value)
        {
            var type = value.GetType();
            if (type.Namespace == ModelNamespace) return "EnodePS." + type.Name;
            if (type.Namespace != null && type.Namespace.StartsWith(ModelNamespace + ".", System.StringComparison.Ordinal))
                return "EnodePS." + type.Namespace.Substring(ModelNamespace.Length + 1) + "." + type.Name;
            if (type.Namespace == "EnodePS.Infrastructure" || type.Namespace == "EnodePS.Connections") return "EnodePS." + type.Name;
            return null;
        }

        public static object? ToOutput(object? value)
        {
            switch (value)
            {
                case null: return null;
                case JsonRecord record: return ToPSCustomObject(record);
                case object?[] array: return ConvertArray(array);
            }
            var typeName = TypeNameFor(value);
            if (typeName == null) return value;
            var wrapped = PSObject.AsPSObject(value);
            if (!wrapped.TypeNames.Contains(typeName)) wrapped.TypeNames.Insert(0, typeName);
            return wrapped;
        }

        private static object?[] ConvertArray(object?[] array)
        {
            var converted = new object?[array.Length];
            for (var i = 0; i < array.Length; i++) converted[i] = ToOutput(array[i]);
            return converted;
        }

        private static PSObject ToPSCustomObject(JsonRecord record)
        {
            var result = new PSObject();
            foreach (var property in record)
                result.Properties.Add(new PSNoteProperty(property.Key, ToOutput(property.Value)));
            return result;
        }

        /// <summary>
        /// Turns what a user passes as a body (hashtable, PSCustomObject, array, primitive) into plain values the
        /// client can serialise. Strings are returned as they are: callers treat them as JSON text.
        /// </summary>
        public static object? ToPlain(object? value, int depth = 0)
        {
            if (depth > 64) throw new System.ArgumentException("The body nests deeper than 64 levels (is it circular?).");
            if (value is PSObject ps)
            {
                if (ps.BaseObject is PSCustomObject)
                {
                    var record = new JsonRecord();
                    foreach (var property in ps.Properties) record.Add(property.Name, ToPlain(property.Value, depth + 1));
                    return record;
                }
                value = ps.BaseObject;
            }
            switch (value)
            {
                case null: return null;
                case string _: return value;
                case JsonRecord _: return value;
                case IDictionary dictionary:
                    var result = new JsonRecord();
                    foreach (DictionaryEntry entry in dictionary)
                        result.Add(System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", ToPlain(entry.Value, depth + 1));
                    return result;
                case IEnumerable sequence:
                    var items = new List<object?>();
                    foreach (var item in sequence) items.Add(ToPlain(item, depth + 1));
                    return items;
                default: return value;
            }
        }
    }
}
