using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>
    /// The module's cmdlets as PowerShell sees them after Import-Module: `Get-Command -Module EnodePS` in one runspace
    /// kept for the test run (CmdletInfo reads its metadata lazily). Theories over every cmdlet take their names from here.
    /// </summary>
    public static class ModuleCommands
    {
        private static readonly Lazy<(PowerShellSession Session, IReadOnlyList<CmdletInfo> Cmdlets)> Loaded = new(() =>
        {
            var session = PowerShellSession.Unconnected();
            var cmdlets = session.Invoke("Get-Command -Module EnodePS -CommandType Cmdlet").Cast<CmdletInfo>().OrderBy(c => c.Name).ToList();
            return (session, cmdlets);
        });

        public static IReadOnlyList<CmdletInfo> All => Loaded.Value.Cmdlets;

        /// <summary>Runs a script in the shared unconnected session (one script at a time): for tests that only read metadata or help.</summary>
        public static object[] Invoke(string script, object? variables = null) => Run(script, variables).AssertSucceeded().Objects.ToArray();

        public static ScriptResult Run(string script, object? variables = null)
        {
            lock (Loaded.Value.Session) return Loaded.Value.Session.Run(script, variables);
        }

        public static CmdletInfo Named(string name) => All.Single(c => c.Name == name);

        /// <summary>The cmdlet assembly the module imported (EnodePS.dll of the edition folder).</summary>
        public static Assembly Assembly => All[0].ImplementingType.Assembly;

        /// <summary>Theory data: one row per cmdlet name.</summary>
        public static IEnumerable<object[]> Names() => All.Select(c => new object[] { c.Name });

        /// <summary>The parameters the cmdlet declares itself: without the common and the ShouldProcess/paging ones PowerShell adds.</summary>
        public static IEnumerable<ParameterMetadata> OwnParameters(CmdletInfo cmdlet) =>
            cmdlet.Parameters.Values.Where(p => cmdlet.ImplementingType.GetProperty(p.Name, BindingFlags.Public | BindingFlags.Instance) != null
                && p.Attributes.OfType<ParameterAttribute>().Any());
    }
}
