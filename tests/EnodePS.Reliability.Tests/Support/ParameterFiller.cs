using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Emulator.State;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>
    /// Writes a PowerShell command line that gives every mandatory parameter of one parameter set a plausible value
    /// from the session, by name and type, so that any cmdlet (including ones added later) can be run without a
    /// hand-written case: ids come from the emulator's table for the parameter's kind (UserId → Users, -Id of
    /// Get-EnodeCharger → Chargers), ValidateSet parameters take their first value, model objects are read through
    /// the client and passed as variables. Unknown ids are fine: an error path is as worth checking for leaks as a success.
    /// </summary>
    public static class ParameterFiller
    {
        public const string UnknownId = "00000000-0000-4000-8000-00000000e71d";
        public static readonly DateTime Day = new DateTime(2024, 9, 30);

        /// <summary>The command line for the set, or why a mandatory parameter got no value.</summary>
        public static FilledCommand Fill(ModuleCommand command, string set, ISessionValues context)
        {
            var line = new FilledCommand(command.Name);
            foreach (var parameter in command.Parameters.Where(p => p.IsMandatoryIn(set)))
            {
                if (parameter.IsSwitch)
                {
                    line.Add("-" + parameter.Name);
                    continue;
                }
                if (!TryValue(parameter, command, line, context)) return FilledCommand.Missing($"no value for -{parameter.Name} ({parameter.Type.Name})");
            }
            return line;
        }

        /// <summary>Every parameter set of the cmdlet (__AllParameterSets when it declares none).</summary>
        public static IReadOnlyList<string> Sets(ModuleCommand command) => command.SetNames;

        private static bool TryValue(ModuleParameter parameter, ModuleCommand command, FilledCommand line, ISessionValues context)
        {
            var type = Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type;
            var element = type.IsArray ? type.GetElementType()! : type;
            var name = "-" + parameter.Name;

            if (element == typeof(string)) line.Add(name, Quote(Text(parameter, command, context)));
            else if (element.Name == "EnodeConnection") line.Add(name, "(Get-EnodeConnection)");
            else if (element.Name == "RunningEmulator")
            {
                line.Prelude("$fillEmulator = Start-EnodeEmulator -VehicleCount 2 -UserCount 1");
                line.Add(name, "$fillEmulator");
            }
            else if (element == typeof(SecureString)) line.Add(name, $"(ConvertTo-SecureString {line.Variable(parameter.Name, context.Plant(parameter.Name))} -AsPlainText -Force)");
            else if (element == typeof(DateTime) || element == typeof(DateTimeOffset)) line.Add(name, Quote(Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            else if (element == typeof(TimeSpan)) line.Add(name, "'00:01:00'");
            else if (element == typeof(bool)) line.Add(name, "$true");
            else if (element == typeof(Uri)) line.Add(name, Quote("http://127.0.0.1:9/enode-evidence"));
            else if (element.IsEnum) line.Add(name, Quote(Enum.GetNames(element)[0]));
            else if (element.IsPrimitive || element == typeof(decimal))
                line.Add(name, Convert.ToString(parameter.Attribute<ValidateRangeAttribute>()?.MinRange ?? 1, CultureInfo.InvariantCulture)!);
            else if (typeof(IDictionary).IsAssignableFrom(element)) line.Add(name, "@{}");
            else if (element == typeof(object) || element == typeof(PSObject) || element.Namespace == "EnodePS.Client.Models")
            {
                var model = Model(element, context);
                if (model == null) return false;
                line.Add(name, line.Variable(parameter.Name, model));
            }
            else return false;
            return true;
        }

        private static string Text(ModuleParameter parameter, ModuleCommand command, ISessionValues context)
        {
            var set = parameter.Attribute<ValidateSetAttribute>();
            if (set != null) return set.ValidValues[0];
            if (ParameterExamples.ByName.TryGetValue(parameter.Name, out var examples)) return examples[0];
            if (parameter.Name.EndsWith("Url", StringComparison.Ordinal) || parameter.Name == "Uri") return "http://127.0.0.1:9/enode-evidence";
            if (parameter.Name == "Id" || parameter.Name.EndsWith("Id", StringComparison.Ordinal) || parameter.Name.EndsWith("Ids", StringComparison.Ordinal))
            {
                var kinds = parameter.Aliases.Where(a => a.EndsWith("Id", StringComparison.Ordinal)).Select(a => a.Substring(0, a.Length - 2))
                    .Concat(parameter.Name == "Id"
                        ? new[] { command.Noun.StartsWith("Enode", StringComparison.Ordinal) ? command.Noun.Substring(5) : command.Noun }
                        : new[] { parameter.Name.Substring(0, parameter.Name.LastIndexOf("Id", StringComparison.Ordinal)) });
                return kinds.Select(k => IdOf(k, context.Emulator.State)).FirstOrDefault(id => id != null) ?? UnknownId;
            }
            return "evidence";
        }

        /// <summary>A PowerShell single-quoted string literal.</summary>
        public static string Quote(string text) => "'" + text.Replace("'", "''") + "'";

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

        /// <summary>A model object of the type, read through the client's resource that returns it (GetAsync(id)); a vehicle for plain object parameters.</summary>
        private static object? Model(Type type, ISessionValues context)
        {
            var client = context.Client;
            var wanted = type == typeof(object) || type == typeof(PSObject) ? typeof(EnodePS.Client.Models.Vehicle) : type;
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

    /// <summary>A command line as a user would type it, with the variables it names (objects no literal can write).</summary>
    public sealed class FilledCommand
    {
        private readonly List<string> _prelude = new List<string>();
        private readonly List<string> _words = new List<string>();

        public FilledCommand(string command) { _words.Add(command); }

        public static FilledCommand Missing(string why) => new FilledCommand("") { Skipped = why };

        /// <summary>Why no command line could be written; null when it could.</summary>
        public string? Skipped { get; private set; }

        public Dictionary<string, object?> Variables { get; } = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The statements to run: any setup, then the command.</summary>
        public string Line => string.Join("; ", _prelude.Append(string.Join(" ", _words)));

        public void Add(params string[] words) => _words.AddRange(words);

        public void Prelude(string statement)
        {
            if (!_prelude.Contains(statement)) _prelude.Add(statement);
        }

        /// <summary>Names a value as a variable of the command line ($fillId, ...) and returns the reference.</summary>
        public string Variable(string name, object? value)
        {
            Variables["fill" + name] = value;
            return "$fill" + name;
        }

        public override string ToString() => Skipped ?? Line;
    }
}
