using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Help
{
    /// <summary>Help and views for the cmdlets of the user, emulation, location, schedule, smart charging and statistics areas.</summary>
    public class HelpAndViewTests
    {
        private static readonly string[] Areas =
        {
            "EnodePS.Cmdlets.Users", "EnodePS.Cmdlets.Locations", "EnodePS.Cmdlets.Schedules",
            "EnodePS.Cmdlets.SmartCharging", "EnodePS.Cmdlets.Statistics",
        };

        public static IEnumerable<object[]> Cmdlets() =>
            ModuleCommands.All.Where(c => Areas.Contains(c.ImplementingType.Namespace) || c.Name == "Complete-EnodeEmulatorLink").Select(c => new object[] { c.Name });

        [Fact]
        public void Every_area_has_cmdlets() => Assert.Equal(25, Cmdlets().Count());

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Get_Help_shows_examples_every_parameter_inputs_and_outputs(string name)
        {
            var cmdlet = ModuleCommands.Named(name);
            var help = UserHelp.For(name);

            Assert.False(string.IsNullOrWhiteSpace(help.Synopsis));
            Assert.Contains(name, help.Syntax);
            Assert.False(string.IsNullOrWhiteSpace(help.Description));
            Assert.True(help.Examples.Count >= 2, "at least two examples");
            foreach (var parameter in ModuleCommands.OwnParameters(cmdlet))
                Assert.Contains(parameter.Name, help.Parameters);
            if (cmdlet.Parameters.ContainsKey("WhatIf")) Assert.Contains("WhatIf", help.Parameters);
            Assert.NotEmpty(help.Inputs);
            foreach (var output in cmdlet.OutputType.Select(t => t.Type).Where(t => t != null && t != typeof(void)))
                Assert.Contains(output!.FullName, help.Outputs);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Each_output_type_has_a_view_whose_columns_exist(string name)
        {
            var format = XDocument.Load(SpecFiles.Combine("src", "EnodePS", "Formats", "EnodePS.format.ps1xml"));
            var types = XDocument.Load(SpecFiles.Combine("src", "EnodePS", "Types", "EnodePS.types.ps1xml"));
            foreach (var output in ModuleCommands.Named(name).OutputType.Select(t => t.Type).Where(t => t != null && t != typeof(void)))
            {
                var typeName = output!.Namespace == "EnodePS.Client.Models" ? "EnodePS." + output.Name : output.FullName!;
                var views = format.Descendants("View").Where(v => v.Descendants("TypeName").Any(t => t.Value == typeName)).ToList();
                Assert.True(views.Count > 0, $"no view selects {typeName}");
                // properties the types file adds (ScriptProperty) count as well: tables show them by name
                var added = types.Descendants("Type").Where(t => (string)t.Element("Name")! == typeName || (string)t.Element("Name")! == output.FullName)
                    .SelectMany(t => t.Element("Members")!.Elements().Select(m => (string)m.Element("Name")!)).ToHashSet();
                foreach (var property in views.SelectMany(v => v.Descendants("PropertyName")).Select(p => p.Value))
                    Assert.True(added.Contains(property) || output.GetProperty(property, BindingFlags.Public | BindingFlags.Instance) != null,
                        $"{typeName} has no property {property}");
            }
        }
    }
}
