using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Reflection;
using EnodePS.Client.Validation;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// Reads what a cmdlet needs from any object piped to it: a live model, a PSObject around one, or a deserialized
    /// one (from Import-Clixml or a remote session), whose type names still say what it was.
    /// </summary>
    internal static class PipelineObjects
    {
        public static string? Property(object input, string name)
        {
            if (input is PSObject ps)
            {
                if (ps.BaseObject != null && !(ps.BaseObject is PSCustomObject)) return Property(ps.BaseObject, name);
                return Convert.ToString(ps.Properties[name]?.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            var property = input.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            return property == null ? null : Convert.ToString(property.GetValue(input), System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The names the object's type goes by, most specific first.</summary>
        public static IEnumerable<string> TypeNames(object input)
        {
            if (input is PSObject ps)
            {
                foreach (var name in ps.TypeNames) yield return name;
                if (ps.BaseObject != null && !(ps.BaseObject is PSCustomObject)) yield return ps.BaseObject.GetType().FullName!;
                yield break;
            }
            yield return input.GetType().FullName!;
        }

        /// <summary>vehicle, charger, hvac... when the object is an asset model; else null.</summary>
        public static string? AssetType(object input)
        {
            foreach (var name in TypeNames(input))
            {
                var type = AssetTypes.FromModelTypeName(name);
                if (type != null) return type;
            }
            return null;
        }

        /// <summary>A DateTime given in PowerShell as the user meant it: without a kind it is local time, as Get-Date gives.</summary>
        public static DateTimeOffset ToOffset(DateTime value) =>
            value.Kind == DateTimeKind.Utc ? new DateTimeOffset(value) : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Local));
    }
}
