using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using EnodePS.Client;
using EnodePS.Client.Paging;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;
using EnodePS.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// The validation every cmdlet parameter declares (ValidateSet, ValidateRange, ValidatePattern,
    /// ValidateNotNullOrEmpty, ...), found by reflection over the whole module so that new cmdlets are covered as they
    /// arrive. PowerShell enforces these attributes itself before the cmdlet runs; what can go wrong is the declaration,
    /// so that is what is checked: it exists where it must, and it allows the right values.
    /// </summary>
    public class DeclaredValidationTests
    {
        private static readonly IReadOnlyList<DeclaredValidation> All = DeclaredValidation.ReadAll(typeof(EnodeCmdlet).Assembly);

        /// <summary>Ranges whose limits the client (and the emulator) enforce too, by parameter name.</summary>
        private static readonly Dictionary<string, (IComparable Min, IComparable Max)> KnownRanges = new Dictionary<string, (IComparable, IComparable)>
        {
            ["PageSize"] = (1, PageOptions.MaxPageSize),
        };

        private readonly ITestOutputHelper _output;

        public DeclaredValidationTests(ITestOutputHelper output) { _output = output; }

        [Fact]
        public void Every_declared_validation_yields_bad_values_that_it_refuses_and_a_good_value_that_it_takes()
        {
            Assert.Contains(All, v => v.Kind == DeclaredValidation.Set);
            Assert.Contains(All, v => v.Kind == DeclaredValidation.Range);
            Assert.Contains(All, v => v.Kind == DeclaredValidation.Pattern);
            Assert.Contains(All, v => v.Kind == DeclaredValidation.NotNullOrEmpty);
            foreach (var validation in All)
            {
                _output.WriteLine(validation.ToString());
                Assert.True(validation.BadValues.Count > 0, "no bad value could be derived: " + validation);
                Assert.All(validation.BadValues, bad => Assert.False(validation.Accepts(bad), $"{validation}: {DeclaredValidation.Show(bad)} passes"));
                var good = GoodValue(validation);
                if (good.Length > 0) Assert.All(good, g => Assert.True(validation.Accepts(g), $"{validation}: {DeclaredValidation.Show(g)} is refused"));
            }
        }

        [Fact]
        public void Every_ValidateSet_offers_exactly_the_values_of_a_client_list_a_reference_enum_or_a_module_set()
        {
            var wrong = new List<string>();
            foreach (var validation in All.Where(v => v.Kind == DeclaredValidation.Set))
            {
                var source = AllowedValueSources.For(validation.SetValues);
                _output.WriteLine($"{validation.Cmdlet.Name} -{validation.Parameter}: {validation.Allowed}  <=  {source?.Name ?? "(no source)"}");
                if (validation.SetValues.Count != validation.SetValues.Distinct(StringComparer.OrdinalIgnoreCase).Count())
                    wrong.Add($"{validation.Cmdlet.Name} -{validation.Parameter} lists a value twice: {validation.Allowed}");
                if (source == null)
                    wrong.Add($"{validation.Cmdlet.Name} -{validation.Parameter} allows {validation.Allowed}, which is no client list, reference enum or module set " +
                              "(validate against a list in EnodePS.Client and declare the same values).");
            }
            Assert.Empty(wrong);
        }

        [Fact]
        public void Every_ValidateRange_is_ordered_and_agrees_with_the_limits_the_client_enforces()
        {
            Assert.Equal(PageOptions.MaxPageSize, EnodePS.Emulator.Handlers.Paging.MaxPageSize);
            foreach (var validation in All.Where(v => v.Kind == DeclaredValidation.Range))
            {
                _output.WriteLine($"{validation.Cmdlet.Name} -{validation.Parameter}: {validation.Allowed}");
                Assert.True(validation.Minimum!.CompareTo(validation.Maximum) <= 0, validation.ToString());
                if (KnownRanges.TryGetValue(validation.Parameter, out var known))
                {
                    Assert.Equal(Convert.ToDecimal(known.Min), Convert.ToDecimal(validation.Minimum));
                    Assert.Equal(Convert.ToDecimal(known.Max), Convert.ToDecimal(validation.Maximum));
                }
            }
        }

        [Fact]
        public void Every_ValidatePattern_accepts_values_in_the_documented_format()
        {
            foreach (var validation in All.Where(v => v.Kind == DeclaredValidation.Pattern))
            {
                var examples = GoodValue(validation);
                _output.WriteLine($"{validation.Cmdlet.Name} -{validation.Parameter}: {validation.Regex} accepts {string.Join(", ", examples.Select(DeclaredValidation.Show))}");
                Assert.True(examples.Length > 0,
                    $"{validation.Cmdlet.Name} -{validation.Parameter}: add examples of its format to ParameterExamples.ByName (or give the parameter a default value).");
            }
        }

        [Fact]
        public void Id_parameters_refuse_empty_values_unless_they_declare_that_they_take_them()
        {
            var missing = new List<string>();
            foreach (var type in CmdletMetadata.CmdletTypes(typeof(EnodeCmdlet).Assembly))
            {
                var cmdlet = CmdletMetadata.Read(type);
                foreach (var parameter in cmdlet.Parameters.Where(p => IsId(p.Property)))
                {
                    var attributes = parameter.Property.GetCustomAttributesData().Select(a => a.AttributeType).ToList();
                    var refusesEmpty = attributes.Contains(typeof(ValidateNotNullOrEmptyAttribute));
                    var takesEmptyOnPurpose = attributes.Contains(typeof(AllowEmptyCollectionAttribute)) || attributes.Contains(typeof(AllowEmptyStringAttribute));
                    if (!refusesEmpty && !takesEmptyOnPurpose) missing.Add($"{cmdlet.Name} -{parameter.Name}");
                }
            }
            Assert.Empty(missing);
        }

        private static bool IsId(PropertyInfo property) =>
            (property.PropertyType == typeof(string) || property.PropertyType == typeof(string[]))
            && (property.Name == "Id" || property.Name.EndsWith("Id", StringComparison.Ordinal));

        /// <summary>Values the attribute must take: a listed one, a bound, an example of the pattern's format.</summary>
        private static object?[] GoodValue(DeclaredValidation validation)
        {
            switch (validation.Kind)
            {
                case DeclaredValidation.Set: return validation.SetValues.Select(v => (object?)v).ToArray();
                case DeclaredValidation.Range: return new object?[] { validation.Minimum, validation.Maximum };
                case DeclaredValidation.Pattern:
                    if (ParameterExamples.ByName.TryGetValue(validation.Parameter, out var examples)) return examples;
                    var fallback = validation.Cmdlet.Type.GetConstructor(Type.EmptyTypes)?.Invoke(null) is { } instance
                        ? validation.Property.GetValue(instance) as string : null;
                    return fallback == null ? Array.Empty<object?>() : new object?[] { fallback };
                default: return Array.Empty<object?>();
            }
        }
    }
}
