#Requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests and demonstrates EnodePS.
.EXAMPLE
    ./build.ps1 -Task Demo     # build, import from out/EnodePS, and tour the emulator
.EXAMPLE
    ./build.ps1 -Task Test     # dotnet test, then Pester when it is installed
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$moduleDir = Join-Path $root 'out/EnodePS'

function Invoke-Build {
    dotnet build (Join-Path $root 'src/EnodePS/EnodePS.csproj') --configuration $Configuration
    if ($LASTEXITCODE -ne 0) { throw "dotnet build failed ($LASTEXITCODE)." }
}

function Invoke-Test {
    dotnet test (Join-Path $root 'EnodePS.sln') --configuration $Configuration
    if ($LASTEXITCODE -ne 0) { throw "dotnet test failed ($LASTEXITCODE)." }

    $pester = Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0' | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Warning 'Pester 5 is not installed: skipping the PowerShell tests (Install-Module Pester -MinimumVersion 5.0).'
        return
    }
    Invoke-Build
    Import-Module $pester
    $result = Invoke-Pester -Path (Join-Path $root 'tests/Pester') -PassThru -Output Detailed
    if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
}

function Invoke-Demo {
    Invoke-Build
    Import-Module (Join-Path $moduleDir 'EnodePS.psd1') -Force

    Write-Host "`n== Connect to an in-process emulator (no account needed)" -ForegroundColor Cyan
    Connect-Enode -Environment Emulator -PassThru | Format-List Name, Environment, ApiUrl, ApiVersion

    Write-Host '== Every vehicle, streamed page by page' -ForegroundColor Cyan
    Get-EnodeVehicle | Format-Table

    Write-Host '== The first two, then one of them again by id through the pipeline' -ForegroundColor Cyan
    Get-EnodeVehicle -First 2 | Get-EnodeVehicle | Format-Table

    Write-Host '== Anything else through the raw request cmdlet' -ForegroundColor Cyan
    Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 2 } | Select-Object -ExpandProperty pagination

    Write-Host '== Errors are ErrorRecords with stable ids' -ForegroundColor Cyan
    try { Get-EnodeVehicle -Id 'no-such-vehicle' -ErrorAction Stop }
    catch { '{0} ({1}): {2}' -f $_.FullyQualifiedErrorId, $_.CategoryInfo.Category, $_.Exception.Message }

    Disconnect-Enode
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Demo' { Invoke-Demo }
}
