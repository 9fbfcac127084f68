using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>
    /// The module's cmdlets as PowerShell sees them (Get-Command -Module EnodePS in a real runspace): parameter sets,
    /// parameter types, aliases and the validation attributes PowerShell's binder enforces. Read once per test run.
    /// </summary>
    public static class ModuleCommands
    {
        public const string AllSets = ParameterAttribute.AllParameterSets;

        private static readonly Lazy<IReadOnlyList<ModuleCommand>> Loaded = new Lazy<IReadOnlyList<ModuleCommand>>(Load);

        public static IReadOnlyList<ModuleCommand> All => Loaded.Value;

        public static ModuleCommand Named(string name) => All.Single(c => c.Name == name);

        public static ModuleCommand? Find(string name) => All.FirstOrDefault(c => c.Name == name);

        private static IReadOnlyList<ModuleCommand> Load()
        {
            using var session = PowerShellSession.Unconnected();
            return session.Invoke("Get-Command -Module EnodePS -CommandType Cmdlet").OfType<CmdletInfo>()
                .Select(info => new ModuleCommand(info)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>One cmdlet's metadata, copied out of the runspace that read it.</summary>
    public sealed class ModuleCommand
    {
        private static readonly HashSet<string> Common = new HashSet<string>(Cmdlet.CommonParameters.Concat(Cmdlet.OptionalCommonParameters), StringComparer.OrdinalIgnoreCase);

        public ModuleCommand(CmdletInfo info)
        {
            Name = info.Name;
            Verb = info.Verb;
            Noun = info.Noun;
            ImplementingType = info.ImplementingType;
            DefaultParameterSet = info.DefaultParameterSet;
            Parameters = info.Parameters.Values.Where(p => !Common.Contains(p.Name)).Select(p => new ModuleParameter(p)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            SupportsShouldProcess = info.Parameters.ContainsKey("WhatIf");
            SetNames = info.ParameterSets.Select(s => s.Name).OrderBy(s => s, StringComparer.Ordinal).ToList();
        }

        public string Name { get; }
        public string Verb { get; }
        public string Noun { get; }
        public Type ImplementingType { get; }
        public string? DefaultParameterSet { get; }
        public IReadOnlyList<ModuleParameter> Parameters { get; }

        /// <summary>True when the cmdlet takes -WhatIf and -Confirm.</summary>
        public bool SupportsShouldProcess { get; }

        /// <summary>Every parameter set (__AllParameterSets when the cmdlet declares none).</summary>
        public IReadOnlyList<string> SetNames { get; }

        public ModuleParameter? Parameter(string name) => Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

        public override string ToString() => Name;
    }

    public sealed class ModuleParameter
    {
        public ModuleParameter(ParameterMetadata metadata)
        {
            Name = metadata.Name;
            Type = metadata.ParameterType;
            Aliases = metadata.Aliases.ToList();
            Attributes = metadata.Attributes.ToList();
            Sets = metadata.ParameterSets.ToDictionary(s => s.Key, s => s.Value.IsMandatory);
        }

        public string Name { get; }
        public Type Type { get; }
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>The attributes as PowerShell holds them (ValidateSetAttribute.ValidValues, ValidateRangeAttribute.MinRange, ...).</summary>
        public IReadOnlyList<Attribute> Attributes { get; }

        /// <summary>Parameter set name → mandatory in it.</summary>
        public IReadOnlyDictionary<string, bool> Sets { get; }

        public bool IsSwitch => Type == typeof(SwitchParameter);

        public bool IsMandatoryIn(string set) =>
            (Sets.TryGetValue(set, out var mandatory) && mandatory) || (Sets.TryGetValue(ModuleCommands.AllSets, out var always) && always);

        public T? Attribute<T>() where T : Attribute => Attributes.OfType<T>().FirstOrDefault();

        public override string ToString() => Name;
    }
}
