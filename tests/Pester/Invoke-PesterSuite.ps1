#Requires -Version 5.1
<#
.SYNOPSIS
    Runs the Pester suite against the built module (out/EnodePS) and fails unless every container ran and every test passed.
.DESCRIPTION
    A file that does not parse is a failed container in Pester 5, not a failed test, so the rule is Result -eq 'Passed'.
    Used by `build.ps1 -Task Test` and by the xUnit test that runs this suite in pwsh 7.6.10 (`dotnet test`).
    Pester comes from -PesterModule, else an installed Pester 5, else the copy `dotnet restore` puts in the NuGet cache.
.EXAMPLE
    ./tests/Pester/Invoke-PesterSuite.ps1                       # every *.Tests.ps1 beside this script
.EXAMPLE
    ./tests/Pester/Invoke-PesterSuite.ps1 -Path ./tests/Pester/EnodePS.Tests.ps1
#>
[CmdletBinding()]
param(
    [string[]] $Path = $PSScriptRoot,
    [string] $PesterModule
)

$ErrorActionPreference = 'Stop'

if (-not $PesterModule) {
    $installed = Get-Module -ListAvailable Pester | Where-Object { $_.Version -ge [version]'5.0' } |
        Sort-Object Version -Descending | Select-Object -First 1
    if ($installed) {
        $PesterModule = $installed.Path
    }
    else {
        $cache = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path $HOME '.nuget/packages' }
        $PesterModule = Join-Path $cache 'pester/5.7.1/tools/Pester.psd1'
        if (-not (Test-Path $PesterModule)) {
            throw "Pester 5 is not installed. Install-Module Pester -MinimumVersion 5.0, or run 'dotnet restore tests/EnodePS.PowerShell.Tests', which downloads Pester 5.7.1 to the NuGet cache."
        }
    }
}
Import-Module $PesterModule -MinimumVersion 5.0

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $configuration

foreach ($container in $result.Containers | Where-Object Result -eq 'Failed') {
    foreach ($errorRecord in $container.ErrorRecord) {
        Write-Host "Container failed: $($container.Item): $errorRecord" -ForegroundColor Red
    }
}
Write-Host ("Pester {0}: {1} passed, {2} failed, {3} skipped, {4} not run, {5} container(s) failed" -f $result.Result,
    $result.PassedCount, $result.FailedCount, $result.SkippedCount, $result.NotRunCount, $result.FailedContainersCount)
if ($result.Result -ne 'Passed') { exit 1 }
