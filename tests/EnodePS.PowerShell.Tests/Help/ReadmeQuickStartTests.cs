using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Help
{
    /// <summary>
    /// The README's "Quick start with the emulator" block is what a newcomer pastes first: it runs as written, read from
    /// README.md, in a fresh session, with no error and no prompt, and its charging line shows both outcomes a user
    /// meets on the demo data (an action confirmed, and one already so, reported as a warning rather than an error).
    /// </summary>
    [Collection(ProcessEnvironmentCollection.Name)]
    public class ReadmeQuickStartTests
    {
        private static string QuickStart()
        {
            var readme = File.ReadAllText(SpecFiles.Combine("README.md"));
            var section = readme.Substring(readme.IndexOf("## Quick start with the emulator", StringComparison.Ordinal));
            return Regex.Match(section, "```powershell\n(?<code>.*?)```", RegexOptions.Singleline).Groups["code"].Value;
        }

        [Fact]
        public void The_quick_start_runs_as_written_on_the_demo_data_without_an_error()
        {
            var code = QuickStart();
            Assert.Contains("Start-EnodeCharging | Wait-EnodeAction", code);
            using var scratch = new ScratchFolder();
            using var session = PowerShellSession.Unconnected();

            var result = session.Run("Set-Location -LiteralPath $scratch\n" + code, new { scratch = scratch.Path });

            Assert.True(!result.AllErrors.Any() && result.Prompts.Count == 0,
                code + "\n\n" + string.Join("\n", result.AllErrors.Select(ScriptResult.Describe).Concat(result.Prompts.Select(p => "prompt: " + p))));
            var actions = result.OutputOf<VendorAction>().ToList();
            Assert.Contains(actions, a => a.State == "CONFIRMED");
            Assert.Contains(actions, a => a.State == "CANCELLED" && a.FailureReason?.Type == "UNNECESSARY");
            Assert.Contains(result.Warnings, w => w.Contains("already", StringComparison.OrdinalIgnoreCase));
        }
    }
}
