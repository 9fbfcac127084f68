# Imports the build that matches this PowerShell, as the PowerShell Gallery's "targeting multiple editions" pattern
# does: Core (PowerShell 7.4+, .NET 8) or Desktop (Windows PowerShell 5.1, .NET Framework). On the .NET the Core
# edition's ReadyToRun images were compiled for (.NET 10: PowerShell 7.6), the copy of Core precompiled for this
# platform, Core/<runtime identifier>, when the module carries one (docs/adr-0003-ready-to-run.md); otherwise Core's IL.
# The loader goes first: its initializer tells the session where the engine lives (Dependencies/), and it must do
# so before PowerShell reads the cmdlet types, which name engine types. See docs/module-loading.md.
#
# Every line here runs at each import, in PowerShell's interpreter, so it is kept to what costs least (measured in
# docs/performance.md): paths by string expansion, not Join-Path (which loads Microsoft.PowerShell.Management) or
# [System.IO.Path]::Combine; the runtime's major version (PowerShell 7.4 is the first on .NET 8) rather than a
# [version] comparison of $PSVersionTable.PSVersion. PowerShell accepts '/' in paths on Windows too.

if ($PSEdition -eq 'Core' -and [Environment]::Version.Major -lt 8) {
    throw "EnodePS needs PowerShell 7.4 or later (this is $($PSVersionTable.PSVersion)), or Windows PowerShell 5.1."
}

$folder = if ($PSEdition -eq 'Core') { 'Core' } else { 'Desktop' }
if ($folder -eq 'Core' -and [Environment]::Version.Major -eq 10) {
    $precompiled = "Core/$([System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier)"
    if ([System.IO.File]::Exists("$PSScriptRoot/$precompiled/EnodePS.dll")) { $folder = $precompiled }
}

$loader = Import-Module "$PSScriptRoot/$folder/EnodePS.Loader.dll" -PassThru
$cmdlets = Import-Module "$PSScriptRoot/$folder/EnodePS.dll" -PassThru

$ExecutionContext.SessionState.Module.OnRemove = {
    Remove-Module -ModuleInfo $cmdlets, $loader
}
