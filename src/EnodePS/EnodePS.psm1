# Imports the build that matches this PowerShell, as the PowerShell Gallery's "targeting multiple editions" pattern
# does: Core (PowerShell 7.4+, .NET 8) or Desktop (Windows PowerShell 5.1, .NET Framework).
# The loader goes first: its initializer tells the session where the engine lives (Dependencies/), and it must do
# so before PowerShell reads the cmdlet types, which name engine types. See docs/module-loading.md.

if ($PSEdition -eq 'Core' -and $PSVersionTable.PSVersion -lt [version]'7.4') {
    throw "EnodePS needs PowerShell 7.4 or later (this is $($PSVersionTable.PSVersion)), or Windows PowerShell 5.1."
}

$edition = if ($PSEdition -eq 'Core') { 'Core' } else { 'Desktop' }
# [System.IO.Path]::Combine, not Join-Path: Join-Path would load Microsoft.PowerShell.Management into every session
# that imports EnodePS (about 60 ms of CPU at import; docs/performance.md).
$editionRoot = [System.IO.Path]::Combine($PSScriptRoot, $edition)

$loader = Import-Module ([System.IO.Path]::Combine($editionRoot, 'EnodePS.Loader.dll')) -PassThru
$cmdlets = Import-Module ([System.IO.Path]::Combine($editionRoot, 'EnodePS.dll')) -PassThru

$ExecutionContext.SessionState.Module.OnRemove = {
    Remove-Module -ModuleInfo $cmdlets, $loader
}
