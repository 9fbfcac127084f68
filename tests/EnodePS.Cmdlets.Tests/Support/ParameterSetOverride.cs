using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tests.Support
{
    /// <summary>
    /// Chooses the parameter set as PowerShell's binder would from the parameters a test has set: the set that holds
    /// every bound parameter and has all its mandatory ones bound; the default set when several qualify.
    /// </summary>
    public static class ParameterSetOverride
    {
        public static void Set(EnodeCmdlet cmdlet, string parameterSet) => cmdlet.ParameterSetOverride = parameterSet;

        public static string Resolve(EnodeCmdlet cmdlet)
        {
            var info = CmdletMetadata.Read(cmdlet.GetType());
            var sets = info.Parameters.SelectMany(p => p.Declarations.Select(d => d.ParameterSetName))
                .Where(n => n != CmdletMetadata.AllSets).Distinct().ToList();
            if (info.DefaultParameterSetName != null && !sets.Contains(info.DefaultParameterSetName)) sets.Add(info.DefaultParameterSetName);
            if (sets.Count == 0) return CmdletMetadata.AllSets;

            bool Bound(CmdletMetadata.ParameterInfo p) => p.Property.PropertyType == typeof(SwitchParameter)
                ? cmdlet.IsSwitchPresent(p.Name)
                : IsBound(p.Property.GetValue(cmdlet));
            bool InSet(CmdletMetadata.ParameterInfo p, string set) =>
                p.Declarations.Any(d => d.ParameterSetName == set || d.ParameterSetName == CmdletMetadata.AllSets);

            var candidates = sets.Where(set =>
                info.Parameters.Where(Bound).All(p => InSet(p, set))
                && info.Parameters.Where(p => p.Declarations.Any(d => d.ParameterSetName == set && d.Mandatory)).All(Bound))
                .ToList();
            if (candidates.Count == 1) return candidates[0];
            if (info.DefaultParameterSetName != null && candidates.Contains(info.DefaultParameterSetName)) return info.DefaultParameterSetName;
            throw new InvalidOperationException($"{info.Name}: parameter set cannot be resolved from the bound parameters (candidates: {string.Join(", ", candidates)}).");
        }

        private static bool IsBound(object? value) => value != null;
    }
}
