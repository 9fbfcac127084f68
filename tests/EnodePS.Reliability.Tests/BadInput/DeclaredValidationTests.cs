using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Paging;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// The validation every cmdlet parameter declares (ValidateSet, ValidateRange, ValidatePattern,
    /// ValidateNotNullOrEmpty, ...), read from the command metadata of the whole module (Get-Command -Module EnodePS)
    /// so that new cmdlets are covered as they arrive. PowerShell enforces these attributes itself before the cmdlet
    /// runs: the declarations are checked (they exist where they must, and allow the right values), and every bad
    /// value derived from them is given to PowerShell's binder, which must refuse it before any request.
    /// </summary>
    public class DeclaredValidationTests
    {
        private static IReadOnlyList<DeclaredValidation> All => Declared.Value;
        private static readonly Lazy<IReadOnlyList<DeclaredValidation>> Declared = new Lazy<IReadOnlyList<DeclaredValidation>>(DeclaredValidation.ReadAll);

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
        public void Every_bad_value_is_refused_by_PowerShells_binder_before_any_request()
        {
            using var session = new PowerShellSession();
            var requestsBefore = session.Emulator.RequestCount;
            var wrong = new List<string>();
            var tried = 0;
            foreach (var validation in All)
                foreach (var bad in validation.BadValues)
                {
                    var line = $"{validation.Cmdlet.Name} -{validation.Parameter} $bad";
                    var result = session.Run(line, new Dictionary<string, object?> { ["bad"] = bad });
                    tried++;
                    var error = result.AllErrors.FirstOrDefault();
                    var expected = "ParameterArgumentValidationError";
                    if (error == null || result.AllErrors.Count() != 1) wrong.Add($"{line} with {DeclaredValidation.Show(bad)}: {result.AllErrors.Count()} errors {result}");
                    else if (!error.FullyQualifiedErrorId.StartsWith(expected, StringComparison.Ordinal)
                             || !error.FullyQualifiedErrorId.EndsWith("," + validation.Cmdlet.ImplementingType.FullName, StringComparison.Ordinal)
                             || (validation.Kind != DeclaredValidation.NotNullOrEmpty && error.FullyQualifiedErrorId != expected + "," + validation.Cmdlet.ImplementingType.FullName))
                        wrong.Add($"{line} with {DeclaredValidation.Show(bad)}: {ScriptResult.Describe(error)}");
                    else if (!error.Exception.Message.Contains(validation.Parameter, StringComparison.OrdinalIgnoreCase))
                        wrong.Add($"{line} with {DeclaredValidation.Show(bad)}: the error does not name the parameter: {error.Exception.Message}");
                    if (result.Output.Count > 0) wrong.Add($"{line} with {DeclaredValidation.Show(bad)}: wrote output");
                }
            _output.WriteLine($"{tried} bad values given to PowerShell's binder");
            foreach (var line in wrong.Take(40)) _output.WriteLine(line);
            Assert.Empty(wrong);
            Assert.Equal(requestsBefore, session.Emulator.RequestCount); // nothing reached the emulator
        }

        [Fact]
        public void Id_parameters_refuse_empty_values_unless_they_declare_that_they_take_them()
        {
            var missing = new List<string>();
            foreach (var cmdlet in ModuleCommands.All)
            {
                foreach (var parameter in cmdlet.Parameters.Where(IsId))
                {
                    var refusesEmpty = parameter.Attribute<ValidateNotNullOrEmptyAttribute>() != null;
                    var takesEmptyOnPurpose = parameter.Attribute<AllowEmptyCollectionAttribute>() != null || parameter.Attribute<AllowEmptyStringAttribute>() != null;
                    if (!refusesEmpty && !takesEmptyOnPurpose) missing.Add($"{cmdlet.Name} -{parameter.Name}");
                }
            }
            Assert.Empty(missing);
        }

        private static bool IsId(ModuleParameter parameter) =>
            (parameter.Type == typeof(string) || parameter.Type == typeof(string[]))
            && (parameter.Name == "Id" || parameter.Name.EndsWith("Id", StringComparison.Ordinal));

        /// <summary>Values the attribute must take: a listed one, a bound, an example of the pattern's format.</summary>
        private static object?[] GoodValue(DeclaredValidation validation)
        {
            switch (validation.Kind)
            {
                case DeclaredValidation.Set: return validation.SetValues.Select(v => (object?)v).ToArray();
                case DeclaredValidation.Range: return new object?[] { validation.Minimum, validation.Maximum };
                case DeclaredValidation.Pattern:
                    if (ParameterExamples.ByName.TryGetValue(validation.Parameter, out var examples)) return examples;
                    // The parameter's default value, read from a new instance of the cmdlet class PowerShell runs.
                    var type = validation.Cmdlet.ImplementingType;
                    var fallback = type.GetConstructor(Type.EmptyTypes)?.Invoke(null) is { } instance
                        ? type.GetProperty(validation.Parameter)?.GetValue(instance) as string : null;
                    return fallback == null ? Array.Empty<object?>() : new object?[] { fallback };
                default: return Array.Empty<object?>();
            }
        }
    }
}
