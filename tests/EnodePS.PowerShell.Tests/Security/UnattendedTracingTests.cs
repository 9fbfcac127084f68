using System.Linq;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Security
{
    /// <summary>Issue 17, item 5: -Debug and -Verbose trace requests without ever prompting.</summary>
    public class UnattendedTracingTests
    {
        [Theory]
        [InlineData("Get-EnodeVehicle -First 1 -Debug")]
        [InlineData("Get-EnodeVehicle -Id $id -Debug")]
        [InlineData("Get-EnodeVehicle -First 1 -Debug -Verbose")]
        [InlineData("Get-EnodeVehicle -First 1 -Verbose")]
        public void Tracing_writes_its_lines_and_never_prompts(string script)
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 3 });
            var id = session.Emulator.State.Vehicles.All[0].Id;

            var result = session.Run(script, new { id });

            Assert.Empty(result.Prompts);
            result.AssertSucceeded();
            Assert.Single(result.Output);
            if (script.Contains("-Debug")) Assert.Contains(result.Debug, line => line.StartsWith("Request GET /vehicles"));
            if (script.Contains("-Verbose")) Assert.Contains(result.Verbose, line => line.StartsWith("GET /vehicles") && line.Contains("-> 200"));
        }

        [Fact]
        public void Debug_and_verbose_in_a_noninteractive_pwsh_process_write_and_finish()
        {
            var run = PwshProcess.Command(
                "$ErrorActionPreference = 'Stop'; Import-Module ./out/EnodePS/EnodePS.psd1; Connect-Enode -Environment Emulator; " +
                "$v = Get-EnodeVehicle -First 1 -Debug; Get-EnodeVehicle -Id $v.Id -Debug | Out-Null; " +
                "Get-EnodeVehicle -First 2 -Verbose | Out-Null; Get-EnodeVehicle -First 1 -Debug -Verbose | Out-Null; 'run finished'");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("run finished", run.Output);
            Assert.DoesNotContain("NonInteractive", run.Output);
            Assert.Contains("DEBUG: Request GET /vehicles", run.Output);
            Assert.Contains("VERBOSE: GET /vehicles", run.Output);
        }
    }
}
