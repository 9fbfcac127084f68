using System;
using System.Collections.Generic;
using System.Linq;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Help
{
    /// <summary>Every model a cmdlet writes has a view, and the device cmdlets have complete help.</summary>
    public class FormatAndHelpTests
    {
        [Fact]
        public void Every_model_a_cmdlet_declares_as_output_has_a_view()
        {
            var viewed = ModuleCommands.Invoke("Get-FormatData -TypeName EnodePS.* | ForEach-Object TypeNames").Cast<string>().ToHashSet();
            var missing = ModuleCommands.All
                .SelectMany(c => c.OutputType)
                .Select(t => t.Type)
                .Where(t => t != null && t.Namespace == "EnodePS.Client.Models")
                .Select(t => "EnodePS." + t!.Name)
                .Distinct()
                .Where(name => !viewed.Contains(name))
                .ToList();

            Assert.True(missing.Count == 0, "No view for: " + string.Join(", ", missing));
            Assert.Contains("EnodePS.HemSystemStatisticsSample", viewed);
        }

        public static IEnumerable<object[]> DeviceCmdlets() => new[]
        {
            "Get-EnodeCharger", "Get-EnodeHvac", "Get-EnodeInverter", "Get-EnodeInverterStatistics", "Get-EnodeBattery", "Get-EnodeMeter",
            "Get-EnodeHemSystem", "Get-EnodeHemSystemStatistics", "Get-EnodeIntervention", "Get-EnodeIntegration", "Get-EnodeHealth",
            "Request-EnodeDataRefresh",
        }.Select(n => new object[] { n });

        [Theory]
        [MemberData(nameof(DeviceCmdlets))]
        public void Get_Help_shows_a_synopsis_syntax_description_examples_every_parameter_inputs_and_outputs(string name)
        {
            var cmdlet = ModuleCommands.Named(name);
            var help = UserHelp.For(name);

            Assert.False(string.IsNullOrWhiteSpace(help.Synopsis));
            Assert.False(help.Synopsis.StartsWith(name + " ", StringComparison.Ordinal), $"{name}: the synopsis is PowerShell's generated syntax: no help found.");
            Assert.Contains(name, help.Syntax);
            Assert.False(string.IsNullOrWhiteSpace(help.Description));
            Assert.True(help.Examples.Count >= 2, "fewer than two examples");
            foreach (var parameter in ModuleCommands.OwnParameters(cmdlet))
                Assert.Contains(parameter.Name, help.Parameters);
            Assert.NotEmpty(help.Inputs);
            foreach (var output in cmdlet.OutputType.Select(t => t.Type).Where(t => t?.Namespace == "EnodePS.Client.Models"))
                Assert.Contains(help.Outputs, o => o.Contains(output!.Name));
            if (cmdlet.Parameters.ContainsKey("WhatIf")) Assert.Contains("WhatIf", help.Parameters);
        }
    }
}
