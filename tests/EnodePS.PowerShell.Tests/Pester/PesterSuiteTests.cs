using System.Collections.Generic;
using System.IO;
using System.Linq;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Pester
{
    /// <summary>
    /// The Pester suite (tests/Pester) in a real pwsh 7.6.10 process against the built module, through the same runner
    /// `build.ps1 -Task Test` uses: a file that does not parse fails here as surely as a failed test.
    /// </summary>
    public class PesterSuiteTests
    {
        public static IEnumerable<object[]> Files() =>
            Directory.GetFiles(SpecFiles.Combine("tests", "Pester"), "*.Tests.ps1").Select(f => new object[] { Path.GetFileName(f) });

        [Theory]
        [MemberData(nameof(Files))]
        public void Every_Pester_test_passes(string file)
        {
            _ = ModulePaths.Manifest; // built
            var run = PwshProcess.File(SpecFiles.Combine("tests", "Pester", "Invoke-PesterSuite.ps1"),
                "-Path", SpecFiles.Combine("tests", "Pester", file), "-PesterModule", ModulePaths.Pester);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Pester Passed:", run.Output);
        }
    }
}
