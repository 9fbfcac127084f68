# One measurement in a fresh pwsh (run by the benchmark, bench/README.md): lists the first -Count vehicles, in pages of
# 50, one of three ways, three times: cold (the first listing in this process, what a runbook gets), warm (later
# listings in the same session, back to back for at least a second) and once more with a full collection at about 100
# points for the peak of live managed memory. Prints one JSON line. The client secret comes in
# $env:ENODEPS_BENCH_CLIENT_SECRET.
param(
    [Parameter(Mandatory)][ValidateSet('cmdlet', 'raw', 'irm')][string] $Path,
    [Parameter(Mandatory)][int] $Count,
    [Parameter(Mandatory)][string] $Api,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ClientId,
    [string] $ApiVersion = '2024-10-01',
    [string] $Module = (Join-Path $PSScriptRoot '../../../out/EnodePS/EnodePS.psd1')
)
$ErrorActionPreference = 'Stop'
$pageSize = 50
$secret = $env:ENODEPS_BENCH_CLIENT_SECRET
if (-not $secret) { throw 'ENODEPS_BENCH_CLIENT_SECRET is not set.' }
if (-not $Api.EndsWith('/')) { $Api += '/' }

$prepare = [Diagnostics.Stopwatch]::StartNew()
if ($Path -eq 'irm') {
    # What users write without the module: a token, then Invoke-RestMethod following pagination.after.
    $basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes([uri]::EscapeDataString($ClientId) + ':' + [uri]::EscapeDataString($secret)))
    $answer = Invoke-RestMethod -Method Post -Uri $Token -Headers @{ Authorization = "Basic $basic" } -Body @{ grant_type = 'client_credentials' }
    $headers = @{ Authorization = 'Bearer ' + $answer.access_token; 'Enode-Version' = $ApiVersion }
    function Get-Vehicles([int] $n) {
        $read = 0
        $after = $null
        while ($read -lt $n) {
            $uri = "${Api}vehicles?pageSize=$pageSize"
            if ($after) { $uri += '&after=' + [uri]::EscapeDataString($after) }
            $page = Invoke-RestMethod -Uri $uri -Headers $headers
            foreach ($item in $page.data) {
                $item
                $read++
                if ($read -ge $n) { break }
            }
            $after = $page.pagination.after
            if (-not $after) { break }
        }
    }
}
else {
    Import-Module $Module
    Connect-Enode -ClientId $ClientId -ClientSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -ApiUrl $Api -TokenUrl $Token -ApiVersion $ApiVersion
    if ($Path -eq 'cmdlet') {
        function Get-Vehicles([int] $n) { Get-EnodeVehicle -PageSize $pageSize -First $n }
    }
    else {
        # -All follows every page: Select-Object -First stops it after n items.
        function Get-Vehicles([int] $n) { Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = $pageSize } -All | Select-Object -First $n }
    }
}
$prepare.Stop()

function Assert-Count([long] $read) { if ($read -ne $Count) { throw "$Path read $read items, not $Count." } }

$watch = [Diagnostics.Stopwatch]::StartNew()
$read = (Get-Vehicles $Count | Measure-Object).Count
$coldSeconds = $watch.Elapsed.TotalSeconds
Assert-Count $read

$warmItems = 0
$watch.Restart()
do {
    $read = (Get-Vehicles $Count | Measure-Object).Count
    Assert-Count $read
    $warmItems += $read
} while ($watch.Elapsed.TotalSeconds -lt 1)
$warmSeconds = $watch.Elapsed.TotalSeconds

$startLive = [GC]::GetTotalMemory($true)
$every = [Math]::Floor($Count / 100) + 1
$script:peakLive = 0
$script:samples = 0
$script:n = 0
Get-Vehicles $Count | ForEach-Object {
    $script:n++
    if ($script:n % $every -eq 0) {
        $live = [GC]::GetTotalMemory($true)
        $script:samples++
        if ($live -gt $script:peakLive) { $script:peakLive = $live }
    }
}
Assert-Count $script:n

$peakRss = 0
$status = Get-Content /proc/self/status -ErrorAction SilentlyContinue | Where-Object { $_ -like 'VmHWM:*' }
if ($status) { $peakRss = [long](($status -split '\s+')[1]) * 1024 }
[ordered]@{
    path           = $Path
    items          = $Count
    prepareSeconds = $prepare.Elapsed.TotalSeconds
    coldSeconds    = $coldSeconds
    warmItems      = $warmItems
    warmSeconds    = $warmSeconds
    startLiveBytes = $startLive
    peakLiveBytes  = $script:peakLive
    liveSamples    = $script:samples
    peakRssBytes   = $peakRss
} | ConvertTo-Json -Compress
