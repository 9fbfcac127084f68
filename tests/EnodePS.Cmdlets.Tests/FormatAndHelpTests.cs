using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>Every model a cmdlet writes has a view, and the device cmdlets have complete help pages.</summary>
    public class FormatAndHelpTests
    {
        private static readonly System.Reflection.Assembly Module = typeof(EnodeCmdlet).Assembly;

        private static HashSet<string> ViewedTypeNames() => new HashSet<string>(
            XDocument.Load(SpecFiles.Combine("src", "EnodePS", "Formats", "EnodePS.format.ps1xml"))
                .Descendants("TypeName").Select(t => t.Value.Trim()));

        [Fact]
        public void Every_model_a_cmdlet_declares_as_output_has_a_view()
        {
            var viewed = ViewedTypeNames();
            var missing = CmdletMetadata.CmdletTypes(Module)
                .SelectMany(t => CmdletMetadata.Read(t).OutputTypes)
                .Where(t => t.Namespace == "EnodePS.Client.Models")
                .Select(t => "EnodePS." + t.Name)
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
        public void The_help_page_has_a_synopsis_examples_every_parameter_inputs_and_outputs(string name)
        {
            var info = CmdletMetadata.CmdletTypes(Module).Select(CmdletMetadata.Read).Single(i => i.Name == name);
            var path = SpecFiles.Combine("docs", "cmdlets", name + ".md");
            Assert.True(File.Exists(path), path);
            var page = File.ReadAllText(path);

            Assert.Contains("# " + name + "\n", page);
            foreach (var section in new[] { "## SYNOPSIS", "## SYNTAX", "## DESCRIPTION", "## EXAMPLES", "## PARAMETERS", "## INPUTS", "## OUTPUTS" })
                Assert.Contains(section, page);
            Assert.True(Regex.Matches(page, "^### Example \\d", RegexOptions.Multiline).Count >= 2, "fewer than two examples");
            foreach (var parameter in info.Parameters)
                Assert.Contains("### -" + parameter.Name + "\n", page);
            foreach (var output in info.OutputTypes.Where(t => t.Namespace == "EnodePS.Client.Models"))
                Assert.Contains(output.Name, page.Substring(page.IndexOf("## OUTPUTS", StringComparison.Ordinal)));
            if (info.SupportsShouldProcess) Assert.Contains("### -WhatIf", page);
        }
    }
}
