using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using EnodePS.Client;
using EnodePS.Tests.Shared;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// Where a ValidateSet's values may rightly come from: a list the client validates against (any public static
    /// list of strings in EnodePS.Client, found by reflection, so new ones count without changes here), an enum of the
    /// reference (spec/enums.json), or one of the few sets the module defines for itself (listed below, each with why).
    /// </summary>
    public static class AllowedValueSources
    {
        public sealed class Source
        {
            public Source(string name, IReadOnlyCollection<string> values)
            {
                Name = name;
                Values = values;
            }

            public string Name { get; }
            public IReadOnlyCollection<string> Values { get; }

            public bool Matches(IEnumerable<string> set) =>
                new HashSet<string>(set, StringComparer.OrdinalIgnoreCase).SetEquals(Values);
        }

        private static readonly Lazy<IReadOnlyList<Source>> Loaded = new Lazy<IReadOnlyList<Source>>(Load);

        public static IReadOnlyList<Source> All => Loaded.Value;

        /// <summary>The first source whose values are exactly the set (case ignored, as PowerShell compares), or null.</summary>
        public static Source? For(IEnumerable<string> set) => All.FirstOrDefault(s => s.Matches(set));

        private static IReadOnlyList<Source> Load()
        {
            var sources = new List<Source>();
            sources.AddRange(ClientLists());
            sources.AddRange(ReferenceEnums());
            sources.AddRange(ModuleSets());
            return sources;
        }

        private static IEnumerable<Source> ClientLists()
        {
            foreach (var type in typeof(EnodeClient).Assembly.GetExportedTypes())
            {
                const BindingFlags statics = BindingFlags.Public | BindingFlags.Static;
                foreach (var field in type.GetFields(statics).Where(f => typeof(IEnumerable<string>).IsAssignableFrom(f.FieldType)))
                    if (field.GetValue(null) is IEnumerable<string> values) yield return new Source($"{type.Name}.{field.Name}", values.ToList());
                foreach (var property in type.GetProperties(statics).Where(p => p.GetIndexParameters().Length == 0 && typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)))
                    if (property.GetValue(null) is IEnumerable<string> values) yield return new Source($"{type.Name}.{property.Name}", values.ToList());
            }
        }

        private static IEnumerable<Source> ReferenceEnums()
        {
            using var document = JsonDocument.Parse(File.ReadAllText(SpecFiles.Combine("spec", "enums.json")));
            var result = new List<Source>();
            foreach (var entry in document.RootElement.EnumerateObject())
                if (entry.Value.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
                    result.Add(new Source("reference enum " + entry.Name, values.EnumerateArray().Select(v => v.GetString()!).ToList()));
            return result;
        }

        private static IEnumerable<Source> ModuleSets()
        {
            // Invoke-EnodeRequest -Method: the HTTP methods the reference's operations use.
            yield return new Source("HTTP methods of the reference's operations",
                SpecInventory.Operations.Select(o => o.Method).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
            // Connect-Enode -Environment: the environments chosen by name; Custom is chosen by giving -ApiUrl and -TokenUrl.
            yield return new Source("EnodeEnvironment names except Custom",
                Enum.GetNames(typeof(EnodeEnvironment)).Where(n => n != nameof(EnodeEnvironment.Custom)).ToList());
        }
    }
}
