using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>Help pages and views for the cmdlets of the user, location, schedule, smart charging and statistics areas.</summary>
    public class HelpAndViewTests
    {
        private static readonly string[] Areas =
        {
            "EnodePS.Cmdlets.Users", "EnodePS.Cmdlets.Emulation", "EnodePS.Cmdlets.Locations", "EnodePS.Cmdlets.Schedules",
            "EnodePS.Cmdlets.SmartCharging", "EnodePS.Cmdlets.Statistics",
        };

        public static IEnumerable<object[]> Cmdlets() =>
            CmdletMetadata.CmdletTypes(typeof(EnodeCmdlet).Assembly).Where(t => Areas.Contains(t.Namespace)).Select(t => new object[] { t.Name });

        private static CmdletMetadata.CmdletInfo Info(string typeName) =>
            CmdletMetadata.Read(typeof(EnodeCmdlet).Assembly.GetTypes().Single(t => t.Name == typeName));

        [Fact]
        public void Every_area_has_cmdlets() => Assert.Equal(25, Cmdlets().Count());

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Has_a_help_page_with_examples_every_parameter_inputs_and_outputs(string typeName)
        {
            var info = Info(typeName);
            var path = SpecFiles.Combine("docs", "cmdlets", info.Name + ".md");
            Assert.True(File.Exists(path), path);
            var page = File.ReadAllText(path);

            Assert.Contains("# " + info.Name, page);
            foreach (var section in new[] { "## SYNOPSIS", "## SYNTAX", "## DESCRIPTION", "## EXAMPLES", "## PARAMETERS", "## INPUTS", "## OUTPUTS" })
                Assert.Contains(section, page);
            Assert.True(Regex.Matches(page, "^### Example \\d+:", RegexOptions.Multiline).Count >= 2, "at least two examples");
            foreach (var parameter in info.Parameters)
                Assert.Contains("### -" + parameter.Name + "\n", page);
            if (info.SupportsShouldProcess) Assert.Contains("### -WhatIf", page);
            foreach (var output in info.OutputTypes.Where(t => t != typeof(void)))
                Assert.Contains("### " + output.FullName, page);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Each_output_type_has_a_view_whose_columns_exist(string typeName)
        {
            var format = XDocument.Load(SpecFiles.Combine("src", "EnodePS", "Formats", "EnodePS.format.ps1xml"));
            var types = XDocument.Load(SpecFiles.Combine("src", "EnodePS", "Types", "EnodePS.types.ps1xml"));
            foreach (var output in Info(typeName).OutputTypes.Where(t => t != typeof(void)))
            {
                var name = output.Namespace == "EnodePS.Client.Models" ? "EnodePS." + output.Name : output.FullName!;
                var views = format.Descendants("View").Where(v => v.Descendants("TypeName").Any(t => t.Value == name)).ToList();
                Assert.True(views.Count > 0, $"no view selects {name}");
                // properties the types file adds (ScriptProperty) count as well: tables show them by name
                var added = types.Descendants("Type").Where(t => (string)t.Element("Name")! == name || (string)t.Element("Name")! == output.FullName)
                    .SelectMany(t => t.Element("Members")!.Elements().Select(m => (string)m.Element("Name")!)).ToHashSet();
                foreach (var property in views.SelectMany(v => v.Descendants("PropertyName")).Select(p => p.Value))
                    Assert.True(added.Contains(property) || output.GetProperty(property, BindingFlags.Public | BindingFlags.Instance) != null, $"{name} has no property {property}");
            }
        }
    }
}
