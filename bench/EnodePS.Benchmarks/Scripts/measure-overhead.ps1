# Per-call cost in one warm pwsh session (run by the benchmark, bench/README.md): -Rounds rounds, each -Calls calls of
# Get-EnodeVehicle -Id, then as many Invoke-RestMethod calls for the same vehicles with the same token. Prints one JSON
# line with the microseconds per call of each round. The client secret comes in $env:ENODEPS_BENCH_CLIENT_SECRET.
param(
    [Parameter(Mandatory)][string] $Api,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ClientId,
    [int] $Rounds = 15,
    [int] $Calls = 100,
    [string] $ApiVersion = '2024-10-01',
    [string] $Module = (Join-Path $PSScriptRoot '../../../out/EnodePS/EnodePS.psd1')
)
$ErrorActionPreference = 'Stop'
if (-not $Api.EndsWith('/')) { $Api += '/' }
Import-Module $Module
Connect-Enode -ClientId $ClientId -ClientSecret (ConvertTo-SecureString $env:ENODEPS_BENCH_CLIENT_SECRET -AsPlainText -Force) -ApiUrl $Api -TokenUrl $Token -ApiVersion $ApiVersion
$headers = @{ Authorization = 'Bearer ' + (Get-EnodeAccessToken -AsPlainText); 'Enode-Version' = $ApiVersion }
$ids = @(Get-EnodeVehicle -First 100 | ForEach-Object Id)

function Invoke-Cmdlet([int] $n) { for ($i = 0; $i -lt $n; $i++) { $null = Get-EnodeVehicle -Id $ids[$i % $ids.Count] } }
function Invoke-Rest([int] $n) { for ($i = 0; $i -lt $n; $i++) { $null = Invoke-RestMethod -Uri ($Api + 'vehicles/' + $ids[$i % $ids.Count]) -Headers $headers } }

Invoke-Cmdlet 100
Invoke-Rest 100
$cmdlet = [Collections.Generic.List[double]]::new()
$rest = [Collections.Generic.List[double]]::new()
$watch = [Diagnostics.Stopwatch]::new()
for ($round = 0; $round -lt $Rounds; $round++) {
    $watch.Restart(); Invoke-Rest $Calls; $rest.Add($watch.Elapsed.TotalMilliseconds * 1000 / $Calls)
    $watch.Restart(); Invoke-Cmdlet $Calls; $cmdlet.Add($watch.Elapsed.TotalMilliseconds * 1000 / $Calls)
}
[ordered]@{ callsPerRound = $Calls; cmdletMicroseconds = $cmdlet; restMicroseconds = $rest } | ConvertTo-Json -Compress
