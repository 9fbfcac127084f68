using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
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
" + ListAVehicleAndTellTheEngineContextOfTheImportedModule;

        private const string ListAVehicleAndTellTheEngineContextOfTheImportedModule = @"
Connect-Enode -Environment Emulator
'vehicle=' + (Get-EnodeVehicle -First 1).Id
$engine = (Get-EnodeConnection).Client.GetType().Assembly
'context=' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($engine).Name
'engine=' + $engine.Location
'cmdlets=' + (Get-Command Get-EnodeVehicle).ImplementingType.Assembly.Location
'help=' + (Get-Help Get-EnodeVehicle).Synopsis
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
            // pwsh 7.6 runs on .NET 10, for which the module carries this platform's ReadyToRun images.
            var images = Path.Combine("out", "EnodePS", "Core", RuntimeInformation.RuntimeIdentifier);
            Assert.EndsWith(Path.Combine(images, "EnodePS.dll"), Value(result, "cmdlets"));
            Assert.EndsWith(Path.Combine(images, "Dependencies", "EnodePS.Client.dll"), Value(result, "engine"));
            Assert.StartsWith("Gets vehicles", Value(result, "help"));
        }

        /// <summary>
        /// Where the module has no images for the platform (or the runtime is not the one they were made for), the
        /// psm1 imports Core's IL: a copy of the module without this platform's folder must work as the module does.
        /// </summary>
        [Fact]
        public void Imports_Cores_IL_where_the_module_has_no_images_for_this_platform()
        {
            var copy = Path.Combine(Path.GetTempPath(), "EnodePS-IL-" + Guid.NewGuid().ToString("N"), "EnodePS");
            try
            {
                CopyDirectory(ModuleLayout.Root, copy, skip: Path.Combine(ModuleLayout.Root, "Core", RuntimeInformation.RuntimeIdentifier));
                var result = PwshProcess.Command(@"
$ErrorActionPreference = 'Stop'
Import-Module '" + Path.Combine(copy, "EnodePS.psd1") + @"'
" + ListAVehicleAndTellTheEngineContextOfTheImportedModule);

                Assert.True(result.ExitCode == 0, result.ToString());
                Assert.True(Guid.TryParse(Value(result, "vehicle"), out _), result.ToString());
                Assert.Equal("EnodePS.Engine", Value(result, "context"));
                Assert.Equal(Path.Combine(copy, "Core", "EnodePS.dll"), Value(result, "cmdlets"));
                Assert.Equal(Path.Combine(copy, "Core", "Dependencies", "EnodePS.Client.dll"), Value(result, "engine"));
                Assert.StartsWith("Gets vehicles", Value(result, "help"));
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
            }
        }

        private static void CopyDirectory(string from, string to, string skip)
        {
            if (string.Equals(Path.GetFullPath(from), Path.GetFullPath(skip), StringComparison.Ordinal)) return;
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            foreach (var directory in Directory.GetDirectories(from)) CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)), skip);
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
