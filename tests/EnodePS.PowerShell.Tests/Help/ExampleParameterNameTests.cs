using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Help
{
    /// <summary>
    /// Examples teach the vocabulary (docs/conventions.md, Parameter vocabulary): every parameter of an EnodePS cmdlet
    /// in a help example, and in the PowerShell code of README.md and docs/*.md, is given by its name, not by an alias
    /// (the API's or an older name, kept for old scripts) nor by an abbreviation. Read with PowerShell's own parser.
    /// </summary>
    public class ExampleParameterNameTests
    {
        private static readonly Regex PowerShellFence = new Regex(@"^```(?:powershell|pwsh|ps1)\s*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);

        [Fact]
        public void Help_examples_give_every_parameter_by_its_name()
        {
            var problems = new List<string>();
            foreach (var example in HelpExampleTests.ReadExamples())
            {
                var where = $"{example.Cmdlet} example {example.Number}";
                Parser.ParseInput(example.Code, out _, out var errors);
                problems.AddRange(errors.Select(e => $"{where}: does not parse: {e.Message}"));
                problems.AddRange(NonCanonicalParameters(example.Code).Select(p => $"{where}: {p}"));
            }
            Assert.True(problems.Count == 0, "Use each parameter's name (docs/cmdlets/<Name>.md, then regenerate the help):\n" + string.Join("\n", problems));
        }

        [Fact]
        public void README_and_docs_code_give_every_parameter_by_its_name()
        {
            var files = new[] { SpecFiles.Combine("README.md") }.Concat(Directory.GetFiles(SpecFiles.Combine("docs"), "*.md"));
            var problems = new List<string>();
            foreach (var file in files)
                foreach (Match fence in PowerShellFence.Matches(File.ReadAllText(file).Replace("\r\n", "\n")))
                    problems.AddRange(NonCanonicalParameters(fence.Groups["code"].Value).Select(p => $"{Path.GetFileName(file)}: {p}"));
            Assert.True(problems.Count == 0, "Use each parameter's name:\n" + string.Join("\n", problems));
        }

        [Fact]
        public void The_check_finds_an_alias_an_abbreviation_and_an_unknown_parameter_but_not_names()
        {
            var found = NonCanonicalParameters(
                "Get-EnodeVehicle -VehicleId x; Wait-EnodeAction -Id y -Timeout 5 -ErrorAction Stop; Get-EnodeUser -Fir 1; " +
                "Get-EnodeVehicle -NoSuchThing; Get-EnodeVehicle -First 1 -ea 0 | Get-EnodeCharger -PageSize 2; Get-ChildItem -Fo");
            Assert.Equal(5, found.Count);
            Assert.Contains(found, p => p.Contains("-VehicleId") && p.Contains("-Id"));
            Assert.Contains(found, p => p.Contains("-Timeout") && p.Contains("-TimeoutSeconds"));
            Assert.Contains(found, p => p.Contains("-Fir ") && p.Contains("-First"));
            Assert.Contains(found, p => p.Contains("-NoSuchThing"));
            Assert.Contains(found, p => p.Contains("-ea ") && p.Contains("-ErrorAction"));
        }

        /// <summary>Each EnodePS cmdlet parameter in the script given otherwise than by its name, described.</summary>
        private static List<string> NonCanonicalParameters(string script)
        {
            var cmdlets = ModuleCommands.All.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
            var ast = Parser.ParseInput(script, out _, out _);
            var problems = new List<string>();
            foreach (CommandAst command in ast.FindAll(a => a is CommandAst, searchNestedScriptBlocks: true))
            {
                var name = command.GetCommandName();
                if (name == null || !cmdlets.TryGetValue(name, out var cmdlet)) continue;
                foreach (var given in command.CommandElements.OfType<CommandParameterAst>())
                {
                    var typed = given.ParameterName;
                    if (cmdlet.Parameters.Keys.Any(k => string.Equals(k, typed, StringComparison.OrdinalIgnoreCase))) continue;
                    var aliased = cmdlet.Parameters.Values.FirstOrDefault(p => p.Aliases.Contains(typed, StringComparer.OrdinalIgnoreCase));
                    var prefixed = cmdlet.Parameters.Keys.Where(k => k.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToList();
                    problems.Add(aliased != null
                        ? $"{name} -{typed} is an alias: write -{aliased.Name}"
                        : prefixed.Count > 0
                            ? $"{name} -{typed} abbreviates: write -{string.Join(" or -", prefixed)}"
                            : $"{name} has no parameter -{typed}");
                }
            }
            return problems;
        }
    }
}
