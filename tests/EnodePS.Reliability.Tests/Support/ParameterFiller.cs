using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Connections;
using EnodePS.Emulator.State;
using EnodePS.Infrastructure;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>
    /// Gives every mandatory parameter of one parameter set a plausible value from the session, by name and type, so
    /// that any cmdlet (including ones added later) can be run without a hand-written case: ids come from the
    /// emulator's table for the parameter's kind (UserId → Users, -Id of Get-EnodeCharger → Chargers), ValidateSet
    /// parameters take their first value, model objects are read through the client. Unknown ids are fine: an error
    /// path is as worth checking for leaks as a success.
    /// </summary>
    public static class ParameterFiller
    {
        public const string UnknownId = "00000000-0000-4000-8000-00000000e71d";
        public static readonly DateTime Day = new DateTime(2024, 9, 30);

        /// <summary>Null when every mandatory parameter of the set got a value; otherwise why not.</summary>
        public static string? Fill(EnodeCmdlet cmdlet, CmdletMetadata.CmdletInfo info, string set, ISessionValues context)
        {
            foreach (var parameter in info.Parameters)
            {
                var mandatory = parameter.Declarations.Any(d => d.Mandatory && (d.ParameterSetName == set || d.ParameterSetName == CmdletMetadata.AllSets));
                if (!mandatory) continue;
                if (parameter.Property.PropertyType == typeof(SwitchParameter))
                {
                    cmdlet.SetSwitchPresent(parameter.Name);
                    continue;
                }
                if (!TryValue(parameter, info, context, out var value)) return $"no value for -{parameter.Name} ({parameter.Property.PropertyType.Name})";
                parameter.Property.SetValue(cmdlet, value);
            }
            return null;
        }

        /// <summary>Every parameter set of the cmdlet (the one unnamed set when it declares none).</summary>
        public static IReadOnlyList<string> Sets(CmdletMetadata.CmdletInfo info)
        {
            var sets = info.Parameters.SelectMany(p => p.Declarations.Select(d => d.ParameterSetName)).Where(n => n != CmdletMetadata.AllSets).Distinct().ToList();
            if (info.DefaultParameterSetName != null && !sets.Contains(info.DefaultParameterSetName)) sets.Add(info.DefaultParameterSetName);
            return sets.Count == 0 ? new[] { CmdletMetadata.AllSets } : sets.OrderBy(s => s, StringComparer.Ordinal).ToList();
        }

        private static bool TryValue(CmdletMetadata.ParameterInfo parameter, CmdletMetadata.CmdletInfo info, ISessionValues context, out object? value)
        {
            var property = parameter.Property;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var element = type.IsArray ? type.GetElementType()! : type;
            value = null;
            object? one;

            if (element == typeof(string)) one = Text(parameter, info, context);
            else if (element == typeof(EnodeConnection)) one = context.Connection;
            else if (element == typeof(RunningEmulator)) one = context.Running;
            else if (element == typeof(SecureString)) one = context.Plant(property.Name);
            else if (element == typeof(DateTime)) one = Day;
            else if (element == typeof(DateTimeOffset)) one = new DateTimeOffset(Day, TimeSpan.Zero);
            else if (element == typeof(TimeSpan)) one = TimeSpan.FromMinutes(1);
            else if (element == typeof(bool)) one = true;
            else if (element == typeof(Uri)) one = property.Name.IndexOf("Token", StringComparison.OrdinalIgnoreCase) >= 0 ? context.TokenUrl : context.ApiUrl;
            else if (element.IsEnum) one = Enum.GetValues(element).GetValue(0);
            else if (element.IsPrimitive || element == typeof(decimal)) one = Convert.ChangeType(Minimum(property) ?? 1, element, CultureInfo.InvariantCulture);
            else if (typeof(IDictionary).IsAssignableFrom(element)) one = new Hashtable();
            else if (element == typeof(object) || element.Namespace == "EnodePS.Client.Models") one = Model(element, context);
            else return false;
            if (one == null) return false;

            if (type.IsArray)
            {
                var array = Array.CreateInstance(element, 1);
                array.SetValue(one, 0);
                value = array;
            }
            else value = one;
            return true;
        }

        private static string Text(CmdletMetadata.ParameterInfo parameter, CmdletMetadata.CmdletInfo info, ISessionValues context)
        {
            var property = parameter.Property;
            var set = property.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(ValidateSetAttribute));
            if (set != null)
                return set.ConstructorArguments.SelectMany(a => a.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => (string)i.Value!) : new[] { (string)a.Value! }).First();
            if (ParameterExamples.ByName.TryGetValue(property.Name, out var examples)) return examples[0];
            if (property.Name.EndsWith("Url", StringComparison.Ordinal) || property.Name == "Uri") return "http://127.0.0.1:9/enode-evidence";
            if (property.Name == "Id" || property.Name.EndsWith("Id", StringComparison.Ordinal) || property.Name.EndsWith("Ids", StringComparison.Ordinal))
            {
                var kinds = parameter.Aliases.Where(a => a.EndsWith("Id", StringComparison.Ordinal)).Select(a => a.Substring(0, a.Length - 2))
                    .Concat(property.Name == "Id" ? new[] { info.Noun.StartsWith("Enode", StringComparison.Ordinal) ? info.Noun.Substring(5) : info.Noun } : new[] { property.Name.Substring(0, property.Name.LastIndexOf("Id", StringComparison.Ordinal)) });
                return kinds.Select(k => IdOf(k, context.Emulator.State)).FirstOrDefault(id => id != null) ?? UnknownId;
            }
            return "evidence";
        }

        /// <summary>The first id in the emulator's table for a kind: "HemSystemStatistics" tries HemSystemStatistics, HemSystem, Hem.</summary>
        public static string? IdOf(string kind, EmulatorState state)
        {
            var words = System.Text.RegularExpressions.Regex.Matches(kind, "[A-Z][a-z0-9]*").Select(m => m.Value).ToList();
            for (var n = words.Count; n > 0; n--)
            {
                var singular = string.Concat(words.Take(n));
                foreach (var plural in new[] { singular + "s", singular.EndsWith("y", StringComparison.Ordinal) ? singular.Substring(0, singular.Length - 1) + "ies" : singular + "es" })
                    if (typeof(EmulatorState).GetProperty(plural)?.GetValue(state) is RecordTable table && table.Count > 0) return table.All[0].Id;
            }
            return null;
        }

        private static object? Minimum(PropertyInfo property)
        {
            var range = property.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(ValidateRangeAttribute));
            return range?.ConstructorArguments[0].Value;
        }

        /// <summary>A model object of the type, read through the client's resource that returns it (GetAsync(id)); a vehicle for plain object parameters.</summary>
        private static object? Model(Type type, ISessionValues context)
        {
            var client = context.Connection.Client;
            var wanted = type == typeof(object) ? typeof(EnodePS.Client.Models.Vehicle) : type;
            foreach (var resource in typeof(EnodeClient).GetProperties().Select(p => p.GetValue(client)).Where(r => r != null))
            {
                var get = resource!.GetType().GetMethods().FirstOrDefault(m => m.Name == "GetAsync" && m.ReturnType == typeof(Task<>).MakeGenericType(wanted)
                    && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType == typeof(string));
                if (get == null) continue;
                var id = IdOf(wanted.Name, context.Emulator.State);
                if (id == null) return null;
                var task = (Task)get.Invoke(resource, new object[] { id, CancellationToken.None })!;
                task.GetAwaiter().GetResult();
                return task.GetType().GetProperty("Result")!.GetValue(task);
            }
            return null;
        }
    }
}
