using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EnodePS.PowerShell.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.PowerShell.Tests.Help
{
    /// <summary>
    /// Every help example is a test: each example of each cmdlet, read from the built MAML (what Get-Help shows), runs
    /// as written in a fresh session after <c>Connect-Enode -Environment Emulator</c> (the in-process emulator with its
    /// demo data, what a reader would do) and must not throw, write an error or prompt. An example about a system
    /// outside the module says so in a comment line of its code, <c># Needs: &lt;what&gt;</c>, and is skipped with that
    /// reason (docs/conventions.md, Examples). An example whose output block shows a table must still write a table
    /// with those columns (tools/Update-HelpExampleOutput.ps1 rewrites the blocks after a view changes).
    /// </summary>
    [Collection(ProcessEnvironmentCollection.Name)]
    public class HelpExampleTests
    {
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
        private static readonly Regex NeedsMarker = new Regex(@"^\s*#\s*Needs:\s*(?<what>.+?)\s*$", RegexOptions.Multiline);

        private readonly ITestOutputHelper _output;

        public HelpExampleTests(ITestOutputHelper output) { _output = output; }

        /// <summary>One case per example that runs here: the cmdlet's name and the example's number (1-based, as Get-Help numbers them).</summary>
        public static IEnumerable<object[]> Runnable() =>
            ReadExamples().Where(e => Needs(e) == null).Select(e => new object[] { e.Cmdlet, e.Number });

        /// <summary>The examples marked <c># Needs: ...</c>, with what they need (shown in the skipped case's name).</summary>
        public static IEnumerable<object[]> External() =>
            ReadExamples().Where(e => Needs(e) != null).Select(e => new object[] { e.Cmdlet, e.Number, Needs(e)! });

        [Theory]
        [MemberData(nameof(Runnable))]
        public void The_example_runs_as_written(string cmdlet, int number)
        {
            var example = ReadExamples().Single(e => e.Cmdlet == cmdlet && e.Number == number);
            using var scratch = new ScratchFolder();
            using var environment = new EnvironmentSnapshot(""); // examples set $env:ENODE_*, $env:APP_HOST, ...
            // A runbook's bare Connect-Enode reads its environment: here that environment is the demo emulator.
            Environment.SetEnvironmentVariable("ENODE_ENVIRONMENT", "Emulator");
            using var session = PowerShellSession.Unconnected();
            session.Run("Set-Location -LiteralPath $scratch; Connect-Enode -Environment Emulator", new { scratch = scratch.Path }).AssertSucceeded();

            var result = session.Run(example.Code);

            _output.WriteLine(example.Code + "\n---");
            foreach (var line in result.Output.Take(20)) _output.WriteLine(line?.ToString());
            if (result.AllErrors.Any() || result.Prompts.Count > 0)
                throw new Xunit.Sdk.XunitException(
                    $"{cmdlet} example {number} ({example.Title}) failed as written:\n{example.Code}\n\n" +
                    string.Join("\n", result.AllErrors.Select(ScriptResult.Describe).Concat(result.Prompts.Select(p => "prompt: " + p))));

            if (example.TableHeader != null)
            {
                var text = session.Run("$written | Out-String -Width 120", new { written = result.Output.ToArray() }).AssertSucceeded().Output.Single().ToString()!;
                var headers = TableHeaders(text).ToList();
                Assert.True(headers.Contains(example.TableHeader),
                    $"{cmdlet} example {number}'s output block shows the columns '{example.TableHeader}', but the example writes " +
                    (headers.Count == 0 ? "no table" : "'" + string.Join("', '", headers) + "'") + ": run tools/Update-HelpExampleOutput.ps1.");
            }
        }

        /// <summary>The column names of each table in formatted output: the line above a line of dashes, as words.</summary>
        private static IEnumerable<string> TableHeaders(string formatted)
        {
            var lines = formatted.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToArray();
            for (var i = 0; i + 1 < lines.Length; i++)
                if (IsUnderline(lines[i + 1]) && lines[i].Length > 0) yield return Words(lines[i]);
        }

        private static bool IsUnderline(string line) => line.Contains('-') && line.All(c => c == '-' || c == ' ');

        private static string Words(string line) => string.Join(" ", line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        [Theory]
        [MemberData(nameof(External), Skip = "needs a system outside the module, named by the example's '# Needs:' line")]
        public void The_example_needs_a_system_outside_the_module(string cmdlet, int number, string needs)
        {
            Assert.NotNull(cmdlet);
            Assert.True(number > 0);
            Assert.NotEmpty(needs);
        }

        [Fact]
        public void Few_examples_need_a_system_outside_the_module()
        {
            var skipped = ReadExamples().Where(e => Needs(e) != null).ToList();
            foreach (var e in skipped) _output.WriteLine($"{e.Cmdlet} #{e.Number}: {Needs(e)}");
            Assert.True(skipped.Count <= 14, $"{skipped.Count} examples are marked '# Needs:'; there should be few.");
        }

        private static string? Needs(Example example)
        {
            var marker = NeedsMarker.Match(example.Code);
            return marker.Success ? marker.Groups["what"].Value : null;
        }

        /// <param name="TableHeader">The column names of the table its output block shows, as words; null when it shows none.</param>
        internal sealed record Example(string Cmdlet, int Number, string Title, string Code, string? TableHeader);

        private static List<Example>? _examples;

        /// <summary>Every example of every cmdlet, as Get-Help shows them (the built module's MAML).</summary>
        internal static List<Example> ReadExamples()
        {
            if (_examples != null) return _examples;
            var maml = Path.Combine(ModulePaths.ModuleRoot, "Core", "en-US", "EnodePS.dll-Help.xml");
            var examples = new List<Example>();
            foreach (var command in XDocument.Load(maml).Root!.Elements(Command + "command"))
            {
                var name = (string)command.Element(Command + "details")!.Element(Command + "name")!;
                var number = 0;
                foreach (var example in command.Element(Command + "examples")?.Elements(Command + "example") ?? Enumerable.Empty<XElement>())
                {
                    var title = ((string?)example.Element(Maml + "title") ?? "").Trim('-', ' ');
                    // The output block is kept verbatim as one remark (tools/EnodePS.HelpBuilder).
                    var table = example.Element(Dev + "remarks")?.Elements(Maml + "para").Select(p => ((string)p).Replace("\r\n", "\n").Split('\n'))
                        .FirstOrDefault(lines => lines.Length > 1 && IsUnderline(lines[1].TrimEnd()));
                    examples.Add(new Example(name, ++number, title, (string?)example.Element(Dev + "code") ?? "", table == null ? null : Words(table[0])));
                }
            }
            return _examples = examples;
        }
    }
}
