using System;
using System.Linq;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Loading
{
    /// <summary>
    /// The module in a pwsh process of its own, as users start it. Only there does the engine load in its private
    /// context: in this test process's hosted runspaces it shares the default context with the test's references.
    /// </summary>
    public class PwshProcessTests
    {
        private const string ListAVehicleAndTellTheEngineContext = @"
$ErrorActionPreference = 'Stop'
Import-Module ./out/EnodePS/EnodePS.psd1
Connect-Enode -Environment Emulator
'vehicle=' + (Get-EnodeVehicle -First 1).Id
$engine = (Get-EnodeConnection).Client.GetType().Assembly
'context=' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($engine).Name
'cmdlets=' + (Get-Command Get-EnodeVehicle).ImplementingType.Assembly.Location
";

        private static string Value(PwshProcess.Result result, string key) =>
            result.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(key + "=", StringComparison.Ordinal)).Substring(key.Length + 1);

        [Fact]
        public void Imports_connects_to_the_emulator_and_runs_the_engine_in_its_own_load_context()
        {
            var result = PwshProcess.Command(ListAVehicleAndTellTheEngineContext);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(Guid.TryParse(Value(result, "vehicle"), out _), result.ToString());
            Assert.Equal("EnodePS.Engine", Value(result, "context"));
            Assert.EndsWith(System.IO.Path.Combine("out", "EnodePS", "Core", "EnodePS.dll"), Value(result, "cmdlets"));
        }

        /// <summary>
        /// Another module got there first with its own copy of one of our dependencies (PSResourceGet, shipped with
        /// pwsh, carries Microsoft.Extensions.Primitives; another version from the NuGet cache is used when there is one).
        /// </summary>
        [Fact]
        public void Imports_in_a_session_that_already_loaded_another_copy_of_a_dependency()
        {
            var result = PwshProcess.Command(@"
$ErrorActionPreference = 'Stop'
$ours = [System.Reflection.AssemblyName]::GetAssemblyName((Resolve-Path ./out/EnodePS/Core/Dependencies/Microsoft.Extensions.Primitives.dll)).Version
$cache = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path $HOME '.nuget/packages' }
$other = Get-ChildItem (Join-Path $cache 'microsoft.extensions.primitives') -Recurse -Filter Microsoft.Extensions.Primitives.dll -ErrorAction Ignore |
    Where-Object { $_.FullName -match '[\\/]lib[\\/]net\d' -and [System.Reflection.AssemblyName]::GetAssemblyName($_.FullName).Version -ne $ours } |
    Select-Object -First 1 -ExpandProperty FullName
if (-not $other) { $other = Join-Path $PSHOME 'Modules/Microsoft.PowerShell.PSResourceGet/dependencies/Microsoft.Extensions.Primitives.dll' }
Add-Type -Path $other
'preloaded=' + $other
" + ListAVehicleAndTellTheEngineContext + @"
$primitives = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Microsoft.Extensions.Primitives' }
'default=' + @($primitives | Where-Object { [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name -eq 'Default' } | ForEach-Object Location)
");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(Guid.TryParse(Value(result, "vehicle"), out _), result.ToString());
            Assert.Equal("EnodePS.Engine", Value(result, "context"));
            // The session's copy stays the session's: the module neither replaced it nor failed over it.
            Assert.Equal(Value(result, "preloaded"), Value(result, "default"));
        }
    }
}
