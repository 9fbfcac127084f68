using System.Linq;
using System.Text.RegularExpressions;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Demo
{
    /// <summary>`Get-Help ./build.ps1` is how a newcomer finds the tasks: it must show the script's help, one example per task.</summary>
    public class BuildScriptHelpTests
    {
        [Fact]
        public void Get_Help_shows_the_synopsis_and_an_example_of_every_task()
        {
            using var session = PowerShellSession.Unconnected();
            var synopsis = session.Invoke("(Get-Help -Name $path).Synopsis", new { path = SpecFiles.Combine("build.ps1") }).Single().ToString();
            var examples = session.Invoke("(Get-Help -Name $path -Examples).examples.example | ForEach-Object { $_.code }", new { path = SpecFiles.Combine("build.ps1") })
                .Select(code => code.ToString()!).ToList();

            Assert.Equal("Builds, tests and demonstrates EnodePS.", synopsis?.Trim());
            var script = System.IO.File.ReadAllText(SpecFiles.Combine("build.ps1"));
            var tasks = Regex.Match(script, @"\[ValidateSet\(([^)]*)\)\]\s*\[string\] \$Task").Groups[1].Value
                .Split(',').Select(t => t.Trim().Trim('\'')).ToList();
            Assert.NotEmpty(tasks);
            foreach (var task in tasks)
                Assert.Contains(examples, code => code.Contains("-Task " + task));
        }
    }
}
