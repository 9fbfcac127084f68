using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Loading
{
    /// <summary>
    /// The Windows PowerShell 5.1 build (netstandard2.0), as far as Linux allows: its loader and cmdlet assemblies,
    /// imported straight into a pwsh process, take the resolve-handler path (the engine from Desktop/Dependencies, in
    /// the default load context) and run a whole workflow. This cannot prove 5.1 itself, but it runs the code 5.1 users get.
    /// </summary>
    public class DesktopEditionTests
    {
        private const string Workflow = """
            $ErrorActionPreference = 'Stop'
            $desktop = Join-Path (Get-Location) 'out/EnodePS/Desktop'
            Import-Module (Join-Path $desktop 'EnodePS.Loader.dll')
            Import-Module (Join-Path $desktop 'EnodePS.dll')
            'cmdlets=' + (Get-Command Get-EnodeVehicle).ImplementingType.Assembly.Location
            Connect-Enode -Environment Emulator
            $engine = (Get-EnodeConnection).Client.GetType().Assembly
            'engine=' + $engine.Location
            'context=' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($engine).Name
            'vehicles=' + @(Get-EnodeVehicle).Count
            $vehicle = Get-EnodeVehicle | Where-Object {
                $_.IsReachable -and $_.ChargeState.IsPluggedIn -and -not $_.ChargeState.IsCharging -and
                -not $_.ChargeState.IsFullyCharged -and $_.Capabilities.StartCharging.IsCapable } | Select-Object -First 1
            'action=' + ($vehicle | Start-EnodeCharging | Wait-EnodeAction).State
            'raw=' + (Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 1 }).data.Count
            Disconnect-Enode
            """;

        [Fact]
        public void The_Desktop_build_connects_lists_controls_waits_and_sends_raw_requests()
        {
            _ = ModulePaths.Manifest; // built

            var run = PwshProcess.Command(Workflow);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("/out/EnodePS/Desktop/EnodePS.dll", run.Output.Replace('\\', '/'));
            Assert.Contains("/out/EnodePS/Desktop/Dependencies/EnodePS.Client.dll", run.Output.Replace('\\', '/'));
            Assert.Contains("context=Default", run.Output);
            Assert.Matches(@"vehicles=[1-9]", run.Output);
            Assert.Contains("action=CONFIRMED", run.Output);
            Assert.Contains("raw=1", run.Output);
        }
    }
}
