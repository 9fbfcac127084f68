using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Help
{
    /// <summary>What `Get-Help &lt;cmdlet&gt; -Full` shows a user in a session that imported the module, as plain values.</summary>
    public sealed class UserHelp
    {
        private static readonly ConcurrentDictionary<string, UserHelp> Cache = new ConcurrentDictionary<string, UserHelp>();

        private const string Script = @"
$help = Get-Help $name -Full
[pscustomobject]@{
    Synopsis    = ""$($help.Synopsis)"".Trim()
    Description = (@($help.description | ForEach-Object Text) -join ""`n"").Trim()
    Syntax      = ($help.syntax | Out-String).Trim()
    Examples    = @($help.examples.example | ForEach-Object { ""$($_.code)"" })
    Parameters  = @($help.parameters.parameter | ForEach-Object name)
    Inputs      = @($help.inputTypes.inputType | ForEach-Object { ""$($_.type.name)"" })
    Outputs     = @($help.returnValues.returnValue | ForEach-Object { ""$($_.type.name)"" })
}";

        public string Synopsis { get; private set; } = "";
        public string Description { get; private set; } = "";
        public string Syntax { get; private set; } = "";
        public IReadOnlyList<string> Examples { get; private set; } = new string[0];
        public IReadOnlyList<string> Parameters { get; private set; } = new string[0];
        public IReadOnlyList<string> Inputs { get; private set; } = new string[0];
        public IReadOnlyList<string> Outputs { get; private set; } = new string[0];

        public static UserHelp For(string name) => Cache.GetOrAdd(name, n =>
        {
            var help = ModuleCommands.Run(Script, new { name = n }).AssertSucceeded().Output.Single();
            List<string> Strings(string property)
            {
                var value = help.Properties[property].Value;
                if (value is PSObject wrapped) value = wrapped.BaseObject;
                return ((IEnumerable)value).Cast<object>().Select(o => o?.ToString() ?? "").ToList();
            }
            return new UserHelp
            {
                Synopsis = (string)help.Properties["Synopsis"].Value,
                Description = (string)help.Properties["Description"].Value,
                Syntax = (string)help.Properties["Syntax"].Value,
                Examples = Strings("Examples"),
                Parameters = Strings("Parameters"),
                Inputs = Strings("Inputs"),
                Outputs = Strings("Outputs"),
            };
        });
    }
}
