#Requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests and demonstrates EnodePS.
.EXAMPLE
    ./build.ps1 -Task Demo     # build, import from out/EnodePS, and tour the emulator
.EXAMPLE
    ./build.ps1 -Task Test     # dotnet test: xUnit, cmdlets in real runspaces, and Pester in pwsh 7.6.10
.EXAMPLE
    ./build.ps1 -Task Pester   # the Pester suite in this PowerShell (e.g. Windows PowerShell 5.1 or PowerShell 7.4)
.EXAMPLE
    ./build.ps1 -Task Help     # docs/cmdlets/*.md -> en-US/EnodePS.dll-Help.xml (and a PlatyPS check when installed)
.EXAMPLE
    ./build.ps1 -Task Package  # out/package/EnodePS/<version>/ and out/package/EnodePS.<version>.nupkg
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Pester', 'Demo', 'Help', 'Package')]
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

# dotnet test runs everything: the xUnit suites, the cmdlet tests in hosted PowerShell 7.6.10 runspaces, and the Pester
# suite in a pwsh 7.6.10 process (restored from .config/dotnet-tools.json).
function Invoke-Test {
    dotnet tool restore
    if ($LASTEXITCODE -ne 0) { throw "dotnet tool restore failed ($LASTEXITCODE)." }
    dotnet test (Join-Path $root 'EnodePS.sln') --configuration $Configuration
    if ($LASTEXITCODE -ne 0) { throw "dotnet test failed ($LASTEXITCODE)." }
}

# The Pester suite in the PowerShell running this script (Windows PowerShell 5.1, PowerShell 7.4, ...), against the
# built module; fails unless every file parsed and every test passed.
function Invoke-PesterSuite {
    Invoke-Build
    & (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1') -Path (Join-Path $root 'tests/Pester')
    if ($LASTEXITCODE -ne 0) { throw "The Pester suite failed ($LASTEXITCODE)." }
}

# The committed MAML is what tools/EnodePS.HelpBuilder makes of docs/cmdlets (a test checks it). PlatyPS, when
# installed, builds its own MAML from the same pages into out/platyps: a check that PlatyPS accepts them.
function Invoke-Help {
    dotnet run --project (Join-Path $root 'tools/EnodePS.HelpBuilder') --configuration $Configuration
    if ($LASTEXITCODE -ne 0) { throw "The help build failed ($LASTEXITCODE)." }

    $platyPS = Get-Module -ListAvailable platyPS | Select-Object -First 1
    if (-not $platyPS) {
        Write-Warning 'platyPS is not installed: skipping its check of docs/cmdlets (Install-Module platyPS).'
        return
    }
    Import-Module $platyPS
    New-ExternalHelp -Path (Join-Path $root 'docs/cmdlets') -OutputPath (Join-Path $root 'out/platyps') -Force | Out-Null
}

# The packaging is MSBuild's (packaging/EnodePS.Package.csproj), so that it also runs where PowerShell does not.
function Invoke-Package {
    dotnet pack (Join-Path $root 'packaging/EnodePS.Package.csproj') --configuration $Configuration --output (Join-Path $root 'out/package')
    if ($LASTEXITCODE -ne 0) { throw "dotnet pack failed ($LASTEXITCODE)." }
    Get-ChildItem (Join-Path $root 'out/package') -Filter *.nupkg
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
    'Pester' { Invoke-PesterSuite }
    'Demo' { Invoke-Demo }
    'Help' { Invoke-Help }
    'Package' { Invoke-Package }
}
