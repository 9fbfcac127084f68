using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Xml.Linq;
using EnodePS.HelpBuilder;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Help
{
    /// <summary>
    /// Help can not fall behind the code: every cmdlet the module exports has a PlatyPS page naming each of its
    /// parameters, the committed MAML is exactly what the converter makes of the pages now, and Get-Help shows it.
    /// </summary>
    public class HelpTests
    {
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly string PagesDir = SpecFiles.Combine("docs", "cmdlets");
        private static readonly string MamlPath = SpecFiles.Combine("en-US", HelpBuild.HelpFileName);

        public static IEnumerable<object[]> Cmdlets() => ModuleCommands.Names();

        private static CmdletPage Page(string name)
        {
            var path = Path.Combine(PagesDir, name + ".md");
            Assert.True(File.Exists(path), $"{name} has no help page: add docs/cmdlets/{name}.md (copy Get-EnodeVehicle.md).");
            return MarkdownHelpReader.ReadFile(path);
        }

        /// <summary>The parameters a user can type: everything Get-Command shows but the common parameters.</summary>
        private static IEnumerable<string> UserParameters(CmdletInfo cmdlet) =>
            cmdlet.Parameters.Keys.Except(PSCmdlet.CommonParameters);

        [Fact]
        public void The_committed_MAML_is_what_the_converter_builds_from_the_pages_now()
        {
            Assert.True(File.Exists(MamlPath), "en-US/EnodePS.dll-Help.xml is missing. Run: dotnet run --project tools/EnodePS.HelpBuilder");
            var expected = HelpBuild.FromDirectory(PagesDir);
            var actual = File.ReadAllText(MamlPath).Replace("\r\n", "\n");
            Assert.True(expected == actual,
                "en-US/EnodePS.dll-Help.xml differs from docs/cmdlets. Run: dotnet run --project tools/EnodePS.HelpBuilder, and commit the result.");
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void The_HelpUri_is_the_cmdlet_page_under_the_manifest_ProjectUri(string name)
        {
            var manifest = (System.Collections.Hashtable)ModuleCommands.Invoke("Import-PowerShellDataFile $path", new { path = SpecFiles.Combine("EnodePS.psd1") }).Single();
            var projectUri = (string)((System.Collections.Hashtable)((System.Collections.Hashtable)manifest["PrivateData"]!)["PSData"]!)["ProjectUri"]!;

            Assert.Equal(projectUri + "/blob/main/docs/cmdlets/" + name + ".md", ModuleCommands.Invoke("(Get-Command $name).HelpUri", new { name }).Single());
            Assert.True(File.Exists(Path.Combine(PagesDir, name + ".md")), name);
        }

        [Fact]
        public void The_module_page_lists_every_cmdlet_with_the_synopsis_of_its_page()
        {
            var path = Path.Combine(PagesDir, ModulePage.FileName);
            Assert.True(File.Exists(path), "docs/cmdlets/EnodePS.md (the module page) is missing.");
            Assert.True(HelpBuild.ModulePageFromDirectory(PagesDir) == File.ReadAllText(path).Replace("\r\n", "\n"),
                "docs/cmdlets/EnodePS.md differs from the cmdlet pages. Run: dotnet run --project tools/EnodePS.HelpBuilder, and commit the result.");
            var page = File.ReadAllText(path);
            foreach (var cmdlet in ModuleCommands.All)
                Assert.Contains($"### [{cmdlet.Name}]({cmdlet.Name}.md)", page);
        }

        [Fact]
        public void Every_page_belongs_to_a_cmdlet()
        {
            var names = ModuleCommands.All.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var page in Directory.GetFiles(PagesDir, "*.md").Where(p => !ModulePage.IsModulePage(p)))
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
            var cmdlet = ModuleCommands.Named(name);
            var documented = Page(name).Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

            foreach (var parameter in ModuleCommands.OwnParameters(cmdlet))
            {
                Assert.True(documented.TryGetValue(parameter.Name, out var doc), $"{name}: -{parameter.Name} is not documented.");
                Assert.NotEmpty(doc!.Description);
                Assert.Equal(TypeName(parameter.ParameterType), doc.Type);
                Assert.Equal(parameter.Aliases.OrderBy(a => a), doc.Aliases.OrderBy(a => a));
                var sets = parameter.ParameterSets.Keys.Select(s => s == ParameterAttribute.AllParameterSets ? "(All)" : s).OrderBy(s => s);
                Assert.Equal(sets, doc.ParameterSets.OrderBy(s => s));
            }

            Assert.Equal(UserParameters(cmdlet).OrderBy(n => n), documented.Keys.OrderBy(n => n));
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
            foreach (var parameter in ModuleCommands.OwnParameters(ModuleCommands.Named(name)))
                Assert.True(parameters.Contains(parameter.Name), $"The MAML for {name} lacks -{parameter.Name}.");
            Assert.True(command.Element(Command + "examples")!.Elements(Command + "example").Count() >= 2);
            Assert.False(string.IsNullOrWhiteSpace((string?)command.Element(Command + "details")!.Element(Maml + "description")));
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Get_Help_shows_the_pages_synopsis_description_examples_and_every_parameter(string name)
        {
            var page = Page(name);
            var help = UserHelp.For(name);

            Assert.Equal(Words(page.Synopsis), Words(help.Synopsis));
            Assert.False(string.IsNullOrWhiteSpace(help.Description), $"Get-Help {name} shows no description.");
            Assert.True(help.Examples.Count >= 2, $"Get-Help {name} shows {help.Examples.Count} example(s).");
            Assert.All(help.Examples, code => Assert.False(string.IsNullOrWhiteSpace(code)));
            foreach (var parameter in UserParameters(ModuleCommands.Named(name)))
                Assert.True(help.Parameters.Contains(parameter, StringComparer.OrdinalIgnoreCase), $"Get-Help {name} does not document -{parameter}.");
            Assert.NotEmpty(help.Inputs);
            Assert.NotEmpty(help.Outputs);
        }

        [Fact]
        public void Get_Help_finds_the_about_topics()
        {
            var topics = ModuleCommands.Invoke("(Get-Help about_EnodePS | Out-String).Length; (Get-Help about_EnodePS_Runbooks | Out-String).Length");
            Assert.All(topics, length => Assert.True((int)length > 100));
        }

        private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

        /// <summary>The type name PlatyPS writes for a parameter: nullable unwrapped, arrays as Element[].</summary>
        private static string TypeName(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            return type.IsArray ? TypeName(type.GetElementType()!) + "[]" : type.Name;
        }
    }
}
