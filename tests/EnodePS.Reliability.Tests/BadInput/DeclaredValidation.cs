using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using EnodePS.Reliability.Tests.Support;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// One validation attribute a cmdlet parameter declares, as PowerShell holds it (the command metadata of
    /// Get-Command -Module EnodePS), with bad values derived from it.
    /// </summary>
    public sealed class DeclaredValidation
    {
        private DeclaredValidation(ModuleCommand cmdlet, ModuleParameter parameter, string kind)
        {
            Cmdlet = cmdlet;
            ParameterInfo = parameter;
            Kind = kind;
        }

        public const string Set = "ValidateSet", Range = "ValidateRange", Pattern = "ValidatePattern", NotNullOrEmpty = "ValidateNotNullOrEmpty",
            Length = "ValidateLength", Count = "ValidateCount";

        public ModuleCommand Cmdlet { get; }
        public ModuleParameter ParameterInfo { get; }
        public string Parameter => ParameterInfo.Name;
        public string Kind { get; }

        public IReadOnlyList<string> SetValues { get; private set; } = Array.Empty<string>();
        public bool SetIgnoresCase { get; private set; } = true;
        public IComparable? Minimum { get; private set; }
        public IComparable? Maximum { get; private set; }
        public Regex? Regex { get; private set; }

        /// <summary>Values PowerShell would refuse for this parameter because of this attribute.</summary>
        public IReadOnlyList<object?> BadValues { get; private set; } = Array.Empty<object?>();

        /// <summary>What the attribute allows, in words, for reports.</summary>
        public string Allowed { get; private set; } = "";

        /// <summary>The parameter's type without Nullable.</summary>
        public Type ValueType => Nullable.GetUnderlyingType(ParameterInfo.Type) ?? ParameterInfo.Type;

        /// <summary>True when the attribute accepts the value, by the rule PowerShell applies.</summary>
        public bool Accepts(object? value)
        {
            switch (Kind)
            {
                case Set:
                    return Items(value).All(v => SetValues.Contains(Convert.ToString(v, CultureInfo.InvariantCulture),
                        SetIgnoresCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal));
                case Range:
                    return Items(value).All(v => v is IComparable c && c.CompareTo(Minimum) >= 0 && c.CompareTo(Maximum) <= 0);
                case Pattern:
                    return Items(value).All(v => Regex!.IsMatch(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""));
                case NotNullOrEmpty:
                    return value != null && !(value is string s && s.Length == 0)
                        && !(value is ICollection c0 && c0.Count == 0) && Items(value).All(v => v != null && !(v is string e && e.Length == 0));
                case Length:
                    return Items(value).All(v => (Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").Length is var n
                        && n >= Convert.ToInt32(Minimum, CultureInfo.InvariantCulture) && n <= Convert.ToInt32(Maximum, CultureInfo.InvariantCulture));
                default: // Count
                    return value is ICollection c1 && c1.Count >= Convert.ToInt32(Minimum, CultureInfo.InvariantCulture)
                        && c1.Count <= Convert.ToInt32(Maximum, CultureInfo.InvariantCulture);
            }
        }

        public override string ToString() => $"{Cmdlet.Name} -{Parameter} [{Kind}] allows {Allowed}; bad: {string.Join(" | ", BadValues.Select(Show))}";

        public static string Show(object? value) => value switch
        {
            null => "$null",
            string s => "'" + s + "'",
            IEnumerable e => "@(" + string.Join(",", e.Cast<object?>().Select(Show)) + ")",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };

        /// <summary>Every validation attribute on every parameter of every cmdlet of the module, as PowerShell reads them.</summary>
        public static IReadOnlyList<DeclaredValidation> ReadAll()
        {
            var result = new List<DeclaredValidation>();
            foreach (var cmdlet in ModuleCommands.All)
                foreach (var parameter in cmdlet.Parameters)
                    foreach (var attribute in parameter.Attributes)
                    {
                        var validation = From(cmdlet, parameter, attribute);
                        if (validation != null) result.Add(validation);
                    }
            return result;
        }

        private static DeclaredValidation? From(ModuleCommand cmdlet, ModuleParameter parameter, Attribute attribute)
        {
            switch (attribute)
            {
                case ValidateSetAttribute set:
                {
                    var values = set.ValidValues.ToList();
                    return new DeclaredValidation(cmdlet, parameter, Set)
                    {
                        SetValues = values,
                        SetIgnoresCase = set.IgnoreCase,
                        Allowed = string.Join(", ", values),
                        BadValues = new object?[] { Shape(parameter, values.First() + "-not-allowed"), Shape(parameter, "not-" + values.Last()) },
                    };
                }
                case ValidateRangeAttribute range:
                {
                    var valueType = Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type;
                    var element = valueType.IsArray ? valueType.GetElementType()! : valueType;
                    element = Nullable.GetUnderlyingType(element) ?? element;
                    var min = (IComparable)Convert.ChangeType(range.MinRange, element, CultureInfo.InvariantCulture);
                    var max = (IComparable)Convert.ChangeType(range.MaxRange, element, CultureInfo.InvariantCulture);
                    return new DeclaredValidation(cmdlet, parameter, Range)
                    {
                        Minimum = min,
                        Maximum = max,
                        Allowed = $"{min} to {max}",
                        BadValues = new[] { Step(min, element, -1), Step(max, element, +1) }.Where(v => v != null).Select(v => Shape(parameter, v)).ToList(),
                    };
                }
                case ValidatePatternAttribute pattern:
                {
                    var regex = new Regex(pattern.RegexPattern, pattern.Options);
                    var candidates = new[] { "", " ", "x", "0", "not matching!", "2024/10/01", "24-10-01", "vehicles", "https://example.test", "\\" };
                    return new DeclaredValidation(cmdlet, parameter, Pattern)
                    {
                        Regex = regex,
                        Allowed = "text matching " + regex,
                        BadValues = candidates.Where(c => !regex.IsMatch(c)).Take(3).Select(c => Shape(parameter, c)).ToList(),
                    };
                }
                case ValidateNotNullOrEmptyAttribute _:
                {
                    var bad = new List<object?> { null };
                    if (parameter.Type == typeof(string)) bad.Add("");
                    else if (parameter.Type.IsArray)
                    {
                        var element = parameter.Type.GetElementType()!;
                        bad.Add(Array.CreateInstance(element, 0));
                        if (element == typeof(string)) bad.Add(new[] { "" });
                    }
                    return new DeclaredValidation(cmdlet, parameter, NotNullOrEmpty) { Allowed = "a value that is not null or empty", BadValues = bad };
                }
                case ValidateLengthAttribute length:
                {
                    var bad = new List<object?>();
                    if (length.MinLength > 0) bad.Add(Shape(parameter, new string('x', length.MinLength - 1)));
                    bad.Add(Shape(parameter, new string('x', length.MaxLength + 1)));
                    return new DeclaredValidation(cmdlet, parameter, Length)
                        { Minimum = length.MinLength, Maximum = length.MaxLength, Allowed = $"{length.MinLength} to {length.MaxLength} characters", BadValues = bad };
                }
                case ValidateCountAttribute count:
                {
                    var element = parameter.Type.IsArray ? parameter.Type.GetElementType()! : typeof(object);
                    var bad = new List<object?>();
                    if (count.MinLength > 0) bad.Add(Array.CreateInstance(element, count.MinLength - 1));
                    bad.Add(Array.CreateInstance(element, count.MaxLength + 1));
                    return new DeclaredValidation(cmdlet, parameter, Count)
                        { Minimum = count.MinLength, Maximum = count.MaxLength, Allowed = $"{count.MinLength} to {count.MaxLength} items", BadValues = bad };
                }
                default:
                    return null;
            }
        }

        /// <summary>The value as the parameter takes it: an array parameter gets a one-item array.</summary>
        private static object? Shape(ModuleParameter parameter, object? value)
        {
            if (!parameter.Type.IsArray || value == null) return value;
            var array = Array.CreateInstance(parameter.Type.GetElementType()!, 1);
            array.SetValue(value, 0);
            return array;
        }

        /// <summary>One step beyond a bound in the parameter's type, or null when the type cannot hold it.</summary>
        private static object? Step(IComparable bound, Type type, int direction)
        {
            try
            {
                var stepped = Convert.ToDecimal(bound, CultureInfo.InvariantCulture) + direction;
                return Convert.ChangeType(stepped, type, CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        private static IEnumerable<object?> Items(object? value) =>
            value is IEnumerable items && !(value is string) ? items.Cast<object?>() : new[] { value };
    }
}
