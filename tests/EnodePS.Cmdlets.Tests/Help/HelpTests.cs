using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Xml.Linq;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.HelpBuilder;
using EnodePS.Infrastructure;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests.Help
{
    /// <summary>
    /// Help can not fall behind the code: every cmdlet reflection finds has a PlatyPS page naming each of its
    /// parameters, and the committed MAML is exactly what the converter makes of the pages now.
    /// </summary>
    public class HelpTests
    {
        private static readonly Assembly Module = typeof(EnodeCmdlet).Assembly;
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly string PagesDir = SpecFiles.Combine("docs", "cmdlets");
        private static readonly string MamlPath = SpecFiles.Combine("en-US", HelpBuild.HelpFileName);

        public static IEnumerable<object[]> Cmdlets() =>
            CmdletMetadata.CmdletTypes(Module).Select(t => new object[] { CmdletMetadata.Read(t).Name });

        private static CmdletMetadata.CmdletInfo Info(string name) =>
            CmdletMetadata.CmdletTypes(Module).Select(CmdletMetadata.Read).Single(i => i.Name == name);

        private static CmdletPage Page(string name)
        {
            var path = Path.Combine(PagesDir, name + ".md");
            Assert.True(File.Exists(path), $"{name} has no help page: add docs/cmdlets/{name}.md (copy Get-EnodeVehicle.md).");
            return MarkdownHelpReader.ReadFile(path);
        }

        [Fact]
        public void The_committed_MAML_is_what_the_converter_builds_from_the_pages_now()
        {
            Assert.True(File.Exists(MamlPath), "en-US/EnodePS.dll-Help.xml is missing. Run: dotnet run --project tools/EnodePS.HelpBuilder");
            var expected = HelpBuild.FromDirectory(PagesDir);
            var actual = File.ReadAllText(MamlPath).Replace("\r\n", "\n");
            Assert.True(expected == actual,
                "en-US/EnodePS.dll-Help.xml differs from docs/cmdlets. Run: dotnet run --project tools/EnodePS.HelpBuilder, and commit the result.");
        }

        [Fact]
        public void Every_page_belongs_to_a_cmdlet()
        {
            var names = Cmdlets().Select(c => (string)c[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var page in Directory.GetFiles(PagesDir, "*.md"))
                Assert.True(names.Contains(Path.GetFileNameWithoutExtension(page)), $"{Path.GetFileName(page)} documents no cmdlet of the module.");
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void The_page_has_a_synopsis_description_examples_inputs_and_outputs(string name)
        {
            var page = Page(name);
            Assert.Equal(name, page.Name);
            Assert.False(string.IsNullOrWhiteSpace(page.Synopsis), $"{name}: no SYNOPSIS.");
            Assert.NotEmpty(page.Description);
            Assert.True(page.Examples.Count >= 2, $"{name}: {page.Examples.Count} example(s); at least two (one console, one runbook/CI).");
            Assert.All(page.Examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Code)));
            Assert.NotEmpty(page.Inputs);
            Assert.NotEmpty(page.Outputs);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void The_page_documents_every_parameter_with_its_type_aliases_and_sets(string name)
        {
            var info = Info(name);
            var page = Page(name);
            var documented = page.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

            foreach (var parameter in info.Parameters)
            {
                Assert.True(documented.TryGetValue(parameter.Name, out var doc), $"{name}: -{parameter.Name} is not documented.");
                Assert.NotEmpty(doc!.Description);
                Assert.Equal(TypeName(parameter.Property.PropertyType), doc.Type);
                Assert.Equal(parameter.Aliases.OrderBy(a => a), doc.Aliases.OrderBy(a => a));
                var sets = parameter.Declarations.Select(d => d.ParameterSetName == CmdletMetadata.AllSets ? "(All)" : d.ParameterSetName).OrderBy(s => s);
                Assert.Equal(sets, doc.ParameterSets.OrderBy(s => s));
            }

            var expected = info.Parameters.Select(p => p.Name).ToList();
            if (info.SupportsShouldProcess) expected.AddRange(new[] { "WhatIf", "Confirm" });
            if (info.SupportsPaging) expected.AddRange(new[] { "First", "Skip", "IncludeTotalCount" });
            Assert.Equal(expected.OrderBy(n => n), documented.Keys.OrderBy(n => n));
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void The_MAML_names_the_cmdlet_each_parameter_and_two_examples(string name)
        {
            var command = XDocument.Load(MamlPath).Root!.Elements(Command + "command")
                .SingleOrDefault(c => (string?)c.Element(Command + "details")?.Element(Command + "name") == name);
            Assert.True(command != null, $"en-US/EnodePS.dll-Help.xml has no help for {name}.");

            var parameters = command!.Element(Command + "parameters")!.Elements(Command + "parameter")
                .Select(p => (string)p.Element(Maml + "name")!).ToHashSet();
            foreach (var parameter in Info(name).Parameters)
                Assert.True(parameters.Contains(parameter.Name), $"The MAML for {name} lacks -{parameter.Name}.");
            Assert.True(command.Element(Command + "examples")!.Elements(Command + "example").Count() >= 2);
            Assert.False(string.IsNullOrWhiteSpace((string?)command.Element(Command + "details")!.Element(Maml + "description")));
        }

        /// <summary>The type name PlatyPS writes for a parameter: nullable unwrapped, arrays as Element[].</summary>
        private static string TypeName(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            return type.IsArray ? TypeName(type.GetElementType()!) + "[]" : type.Name;
        }
    }
}
