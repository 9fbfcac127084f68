# One measurement in a fresh pwsh (run by the benchmark's "jit" mode, bench/README.md): Import-Module, Connect-Enode and
# three listings of the first -Count vehicles in pages of 50, each phase timed with the methods the runtime compiled
# during it (System.Runtime.JitInfo, all threads; tier-1 recompilations included) and the time spent compiling them.
# Prints one JSON line. The client secret comes in $env:ENODEPS_BENCH_CLIENT_SECRET.
param(
    [Parameter(Mandatory)][int] $Count,
    [Parameter(Mandatory)][string] $Api,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ClientId,
    [string] $ApiVersion = '2024-10-01',
    [string] $Module = (Join-Path $PSScriptRoot '../../../out/EnodePS/EnodePS.psd1')
)
$ErrorActionPreference = 'Stop'
$secret = $env:ENODEPS_BENCH_CLIENT_SECRET
if (-not $secret) { throw 'ENODEPS_BENCH_CLIENT_SECRET is not set.' }

$phases = [ordered]@{}
$watch = [Diagnostics.Stopwatch]::StartNew()
$script:mark = @{ ms = 0.0; methods = [System.Runtime.JitInfo]::GetCompiledMethodCount($false); jit = [System.Runtime.JitInfo]::GetCompilationTime($false).TotalMilliseconds }
$phases.beforeScript = @{ ms = ([datetime]::Now - [Diagnostics.Process]::GetCurrentProcess().StartTime).TotalMilliseconds; methods = $script:mark.methods; jitMs = $script:mark.jit }
function Close-Phase([string] $name) {
    $now = @{ ms = $watch.Elapsed.TotalMilliseconds; methods = [System.Runtime.JitInfo]::GetCompiledMethodCount($false); jit = [System.Runtime.JitInfo]::GetCompilationTime($false).TotalMilliseconds }
    $phases[$name] = @{ ms = $now.ms - $script:mark.ms; methods = $now.methods - $script:mark.methods; jitMs = $now.jit - $script:mark.jit }
    $script:mark = $now
}
function Assert-Count([long] $read) { if ($read -ne $Count) { throw "Read $read vehicles, not $Count." } }

Import-Module $Module
Close-Phase 'import'
Connect-Enode -ClientId $ClientId -ClientSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -ApiUrl $Api -TokenUrl $Token -ApiVersion $ApiVersion
Close-Phase 'connect'
foreach ($listing in 'cold', 'second', 'third') {
    Assert-Count (Get-EnodeVehicle -PageSize 50 -First $Count | Measure-Object).Count
    Close-Phase $listing
}
$phases | ConvertTo-Json -Compress
