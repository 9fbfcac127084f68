using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;
using EnodePS.Cmdlets.Tests.Support;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// One validation attribute a cmdlet parameter declares, read from metadata (CustomAttributeData: the attribute
    /// instances of PowerShellStandard.Library hold nothing outside PowerShell), with bad values derived from it.
    /// </summary>
    public sealed class DeclaredValidation
    {
        private DeclaredValidation(CmdletMetadata.CmdletInfo cmdlet, PropertyInfo property, string kind)
        {
            Cmdlet = cmdlet;
            Property = property;
            Kind = kind;
        }

        public const string Set = "ValidateSet", Range = "ValidateRange", Pattern = "ValidatePattern", NotNullOrEmpty = "ValidateNotNullOrEmpty",
            Length = "ValidateLength", Count = "ValidateCount";

        public CmdletMetadata.CmdletInfo Cmdlet { get; }
        public PropertyInfo Property { get; }
        public string Parameter => Property.Name;
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
        public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

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

        /// <summary>Every validation attribute on every parameter of every cmdlet in the assembly.</summary>
        public static IReadOnlyList<DeclaredValidation> ReadAll(Assembly module)
        {
            var result = new List<DeclaredValidation>();
            foreach (var type in CmdletMetadata.CmdletTypes(module).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var cmdlet = CmdletMetadata.Read(type);
                foreach (var parameter in cmdlet.Parameters)
                    foreach (var data in parameter.Property.GetCustomAttributesData())
                    {
                        var validation = From(cmdlet, parameter.Property, data);
                        if (validation != null) result.Add(validation);
                    }
            }
            return result;
        }

        private static DeclaredValidation? From(CmdletMetadata.CmdletInfo cmdlet, PropertyInfo property, CustomAttributeData data)
        {
            var type = data.AttributeType;
            if (type == typeof(ValidateSetAttribute))
            {
                var values = Strings(data).ToList();
                var ignoreCase = Named(data, "IgnoreCase") is bool b ? b : true;
                return new DeclaredValidation(cmdlet, property, Set)
                {
                    SetValues = values,
                    SetIgnoresCase = ignoreCase,
                    Allowed = string.Join(", ", values),
                    BadValues = new object?[] { Shape(property, values.First() + "-not-allowed"), Shape(property, "not-" + values.Last()) },
                };
            }
            if (type == typeof(ValidateRangeAttribute))
            {
                var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var element = valueType.IsArray ? valueType.GetElementType()! : valueType;
                var min = (IComparable)Convert.ChangeType(data.ConstructorArguments[0].Value!, element, CultureInfo.InvariantCulture);
                var max = (IComparable)Convert.ChangeType(data.ConstructorArguments[1].Value!, element, CultureInfo.InvariantCulture);
                return new DeclaredValidation(cmdlet, property, Range)
                {
                    Minimum = min,
                    Maximum = max,
                    Allowed = $"{min} to {max}",
                    BadValues = new[] { Step(min, element, -1), Step(max, element, +1) }.Where(v => v != null).Select(v => Shape(property, v)).ToList(),
                };
            }
            if (type == typeof(ValidatePatternAttribute))
            {
                var options = Named(data, "Options") is int o ? (RegexOptions)o : RegexOptions.IgnoreCase;
                var regex = new Regex((string)data.ConstructorArguments[0].Value!, options);
                var candidates = new[] { "", " ", "x", "0", "not matching!", "2024/10/01", "24-10-01", "vehicles", "https://example.test", "\\" };
                return new DeclaredValidation(cmdlet, property, Pattern)
                {
                    Regex = regex,
                    Allowed = "text matching " + regex,
                    BadValues = candidates.Where(c => !regex.IsMatch(c)).Take(3).Select(c => Shape(property, c)).ToList(),
                };
            }
            if (type == typeof(ValidateNotNullOrEmptyAttribute))
            {
                var bad = new List<object?> { null };
                if (property.PropertyType == typeof(string)) bad.Add("");
                else if (property.PropertyType.IsArray)
                {
                    var element = property.PropertyType.GetElementType()!;
                    bad.Add(Array.CreateInstance(element, 0));
                    if (element == typeof(string)) bad.Add(new[] { "" });
                }
                return new DeclaredValidation(cmdlet, property, NotNullOrEmpty) { Allowed = "a value that is not null or empty", BadValues = bad };
            }
            if (type == typeof(ValidateLengthAttribute) || type == typeof(ValidateCountAttribute))
            {
                var min = (int)data.ConstructorArguments[0].Value!;
                var max = (int)data.ConstructorArguments[1].Value!;
                var isLength = type == typeof(ValidateLengthAttribute);
                var bad = new List<object?>();
                if (isLength)
                {
                    if (min > 0) bad.Add(Shape(property, new string('x', min - 1)));
                    bad.Add(Shape(property, new string('x', max + 1)));
                }
                else
                {
                    var element = property.PropertyType.IsArray ? property.PropertyType.GetElementType()! : typeof(object);
                    if (min > 0) bad.Add(Array.CreateInstance(element, min - 1));
                    bad.Add(Array.CreateInstance(element, max + 1));
                }
                return new DeclaredValidation(cmdlet, property, isLength ? Length : Count) { Minimum = min, Maximum = max, Allowed = $"{min} to {max} {(isLength ? "characters" : "items")}", BadValues = bad };
            }
            return null;
        }

        /// <summary>The value as the parameter takes it: an array parameter gets a one-item array.</summary>
        private static object? Shape(PropertyInfo property, object? value)
        {
            if (!property.PropertyType.IsArray || value == null) return value;
            var array = Array.CreateInstance(property.PropertyType.GetElementType()!, 1);
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

        private static IEnumerable<string> Strings(CustomAttributeData data)
        {
            foreach (var arg in data.ConstructorArguments)
            {
                if (arg.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items)
                    foreach (var item in items) yield return (string)item.Value!;
                else if (arg.Value is string s) yield return s;
            }
        }

        private static object? Named(CustomAttributeData data, string name) =>
            data.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).FirstOrDefault();
    }
}
