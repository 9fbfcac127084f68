using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// How a cmdlet takes one kind of object from the pipeline: a Vehicle gives its Id to -Id, a User its Id to
    /// -UserId. The kind is the model's name ("Vehicle", "User", "Location", "VendorAction"), read from the object's
    /// type names so that deserialized objects (Import-Clixml, remoting) bind as the live ones do.
    /// </summary>
    internal sealed class PipelineRule
    {
        /// <summary>The kind a plain string stands for: the cmdlet's primary id.</summary>
        public const string Text = "String";

        private PipelineRule(string kind, string property, string parameter, Action<string> bind)
        {
            Kind = kind;
            Property = property;
            Parameter = parameter;
            Bind = bind;
        }

        public string Kind { get; }
        public string Property { get; }
        public string Parameter { get; }
        public Action<string> Bind { get; }

        /// <summary>A further condition on the object, e.g. a linked device's VendorType; null when the kind is enough.</summary>
        public Func<object, bool>? Condition { get; private set; }

        public PipelineRule When(Func<object, bool> condition)
        {
            Condition = condition;
            return this;
        }

        /// <summary>An untyped object (an Import-Csv row) never binds by this rule: its properties cannot tell what it is.</summary>
        public PipelineRule Typed() => When(input => PipelineInput.KindOf(input) != null);

        public static PipelineRule For(string kind, string property, string parameter, Action<string> bind) =>
            new PipelineRule(kind, property, parameter, bind);

        /// <summary>
        /// An untyped object (an Import-Csv row, a [pscustomobject]) with this property binds it; no Enode object does.
        /// </summary>
        public static PipelineRule ByPropertyName(string property, string parameter, Action<string> bind) => new PipelineRule(Untyped, property, parameter, bind);

        /// <summary>The kind of <see cref="ByPropertyName"/> rules: matches no type name.</summary>
        private const string Untyped = "";

        /// <summary>A plain string binds the cmdlet's primary id.</summary>
        public static PipelineRule String(string parameter, Action<string> bind) => new PipelineRule(Text, "", parameter, bind);

        /// <summary>The rules of a cmdlet that acts on objects of one kind: such an object's Id, or an id string, binds <paramref name="parameter"/>.</summary>
        public static List<PipelineRule> ForKind(string kind, string parameter, Action<string> bind) =>
            new List<PipelineRule> { For(kind, "Id", parameter, bind), String(parameter, bind) };

        /// <summary>The kinds that carry the UserId of the user they belong to.</summary>
        public static readonly string[] UserOwned = { "Vehicle", "Charger", "Hvac", "Inverter", "Battery", "Meter", "HemSystem", "Location" };

        /// <summary>
        /// The rules of a user-scoped parameter: a User's Id or an id string; with <paramref name="fromOwnedObjects"/>
        /// also the UserId of a device, location or action (never for cmdlets that delete a user's data: a vehicle
        /// piped to Remove-EnodeUser must not delete its whole user).
        /// </summary>
        public static List<PipelineRule> ForUser(string parameter, Action<string> bind, bool fromOwnedObjects)
        {
            var rules = new List<PipelineRule> { For("User", "Id", parameter, bind), String(parameter, bind) };
            if (fromOwnedObjects)
                foreach (var kind in UserOwned) rules.Add(For(kind, "UserId", parameter, bind));
            return rules;
        }

        public string Describe() =>
            Kind == Text ? $"a string ({Parameter})" : Kind == Untyped ? $"an object with a {Property} property ({Parameter})" : $"{WithArticle(Kind)} ({Property} → {Parameter})";

        /// <summary>"a Vehicle", "an Inverter", "an Hvac" (said H-V-A-C).</summary>
        public static string WithArticle(string kind) =>
            ("AEIOU".IndexOf(char.ToUpperInvariant(kind[0])) >= 0 || kind.StartsWith("Hvac", StringComparison.OrdinalIgnoreCase) || kind.StartsWith("HemSystem", StringComparison.OrdinalIgnoreCase) ? "an " : "a ") + kind;
    }

    /// <summary>Binds a piped object by its type; an object of another Enode type is refused before any request.</summary>
    internal static class PipelineInput
    {
        /// <summary>"Vehicle" for a vehicle (live or deserialized), "String" for text, null for an untyped object.</summary>
        public static string? KindOf(object input)
        {
            var baseObject = input is PSObject ps ? ps.BaseObject : input;
            if (baseObject is string) return PipelineRule.Text;
            foreach (var typeName in PipelineObjects.TypeNames(input))
            {
                var name = typeName.StartsWith("Deserialized.", StringComparison.Ordinal) ? typeName.Substring("Deserialized.".Length) : typeName;
                if (!name.StartsWith("EnodePS.", StringComparison.Ordinal)) continue;
                return name.Substring(name.LastIndexOf('.') + 1);
            }
            return null;
        }

        private static string Described(object input, string? kind, IReadOnlyList<PipelineRule> rules)
        {
            if (kind == null) return "this object";
            if (kind != PipelineRule.Text) return PipelineRule.WithArticle(kind);
            var text = (string)(input is PSObject ps ? ps.BaseObject : input);
            if (string.IsNullOrWhiteSpace(text)) return "an empty string";
            return "a string ('" + (text.Length > 40 ? text.Substring(0, 40) + "…" : text) + "')";
        }

        /// <summary>
        /// Applies the rule for the input's kind. An untyped object (Import-Csv rows, [pscustomobject]) binds by
        /// property name as PowerShell would: the first rule whose parameter or property it carries. Returns the rule
        /// used; throws <see cref="PipelineInputException"/> when no rule fits.
        /// </summary>
        public static PipelineRule Bind(object input, IReadOnlyList<PipelineRule> rules, string commandName)
        {
            var kind = KindOf(input);
            if (kind == PipelineRule.Text)
            {
                var text = (string)(input is PSObject ps ? ps.BaseObject : input);
                var rule = rules.FirstOrDefault(r => r.Kind == PipelineRule.Text);
                if (rule != null && !string.IsNullOrWhiteSpace(text))
                {
                    rule.Bind(text.Trim());
                    return rule;
                }
            }
            else if (kind != null)
            {
                string? emptyProperty = null;
                foreach (var rule in rules.Where(r => string.Equals(r.Kind, kind, StringComparison.OrdinalIgnoreCase) && (r.Condition == null || r.Condition(input))))
                {
                    var value = PipelineObjects.Property(input, rule.Property);
                    if (string.IsNullOrEmpty(value))
                    {
                        emptyProperty ??= rule.Property;
                        continue;
                    }
                    rule.Bind(value!);
                    return rule;
                }
                // A kind the cmdlet takes, without the value it takes from it (a SmartOverride whose VendorActionId is null).
                if (emptyProperty != null)
                    throw new PipelineInputException(commandName, $"{PipelineRule.WithArticle(kind)} without a {emptyProperty}", rules);
            }
            else
            {
                foreach (var rule in rules.Where(r => r.Kind != PipelineRule.Text && (r.Condition == null || r.Condition(input))))
                    foreach (var name in new[] { rule.Parameter.TrimStart('-'), rule.Property })
                    {
                        var value = PipelineObjects.Property(input, name);
                        if (string.IsNullOrEmpty(value)) continue;
                        rule.Bind(value!);
                        return rule;
                    }
            }
            throw new PipelineInputException(commandName, Described(input, kind, rules), rules);
        }
    }

    /// <summary>A piped object that the cmdlet cannot take: names what it got and what it takes.</summary>
    internal sealed class PipelineInputException : ArgumentException
    {
        public PipelineInputException(string commandName, string got, IReadOnlyList<PipelineRule> rules)
            : base($"{commandName} cannot take {got} from the pipeline (-InputObject). It takes " + string.Join(", ", rules.Select(r => r.Describe()).Distinct()) + ".")
        {
        }

        /// <summary>Named here rather than given to the base, which would add "(Parameter 'InputObject')" to the message.</summary>
        public override string ParamName => "InputObject";
    }
}
