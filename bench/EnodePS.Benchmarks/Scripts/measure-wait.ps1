# The wait measurement in a fresh pwsh (run by the benchmark, bench/README.md): Start-EnodeCharging starts an action on
# each vehicle and charger listed in -IdsFile ("vehicle <id>" or "charger <id>" per line), then one Wait-EnodeAction
# takes them all from the pipeline. Prints one JSON line. The client secret comes in $env:ENODEPS_BENCH_CLIENT_SECRET.
param(
    [Parameter(Mandatory)][string] $Api,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ClientId,
    [Parameter(Mandatory)][string] $IdsFile,
    [Parameter(Mandatory)][double] $PollIntervalSeconds,
    [string] $Module = (Join-Path $PSScriptRoot '../../../out/EnodePS/EnodePS.psd1')
)
$ErrorActionPreference = 'Stop'
Import-Module $Module
Connect-Enode -ClientId $ClientId -ClientSecret (ConvertTo-SecureString $env:ENODEPS_BENCH_CLIENT_SECRET -AsPlainText -Force) -ApiUrl $Api -TokenUrl $Token

$devices = Get-Content $IdsFile | ForEach-Object { $type, $id = $_ -split ' '; [pscustomobject]@{ Type = $type; Id = $id } }
$vehicles = @($devices | Where-Object Type -EQ vehicle | ForEach-Object Id)
$chargers = @($devices | Where-Object Type -EQ charger | ForEach-Object Id)

$watch = [Diagnostics.Stopwatch]::StartNew()
$actions = @(Start-EnodeCharging -Id $vehicles -Type vehicle -Confirm:$false) + @(Start-EnodeCharging -Id $chargers -Type charger -Confirm:$false)
$startSeconds = $watch.Elapsed.TotalSeconds
$pending = @($actions | Where-Object state -EQ PENDING).Count

$watch.Restart()
$waited = @($actions | Wait-EnodeAction -PollIntervalSeconds $PollIntervalSeconds)
$waitSeconds = $watch.Elapsed.TotalSeconds

[ordered]@{
    actions      = $actions.Count
    pending      = $pending
    confirmed    = @($waited | Where-Object state -EQ CONFIRMED).Count
    startSeconds = $startSeconds
    waitSeconds  = $waitSeconds
} | ConvertTo-Json -Compress
