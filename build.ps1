#Requires -Version 5.1

<#
.SYNOPSIS
    Builds, tests and demonstrates EnodePS.
.EXAMPLE
    ./build.ps1 -Task Build    # the default task: a Release build, laid out as a module in out/EnodePS
.EXAMPLE
    ./build.ps1 -Task Demo     # build, import out/EnodePS, and tour the emulator: a successful action of each kind
.EXAMPLE
    ./build.ps1 -Task Demo -NoBuild   # the same tour on the module already in out/EnodePS
.EXAMPLE
    ./build.ps1 -Task Test     # dotnet test: xUnit, cmdlets in real runspaces, and Pester in pwsh 7.6.10
.EXAMPLE
    ./build.ps1 -Task Pester   # the Pester suite in this PowerShell, e.g. Windows PowerShell 5.1 or 7.4
.EXAMPLE
    ./build.ps1 -Task Help     # docs/cmdlets/*.md to en-US/EnodePS.dll-Help.xml, and a PlatyPS check when installed
.EXAMPLE
    ./build.ps1 -Task Package  # the versioned module folder and the .nupkg for the Gallery, in out/package
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Pester', 'Demo', 'Help', 'Package')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Demo: use the module already built in out/EnodePS (e.g. by the tests) instead of building it first.
    [switch] $NoBuild
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

# The tour of the emulator's demo data (docs/emulator.md): one section per kind of thing the module does, each ending
# with an "OK:" line that says what succeeded (tests/EnodePS.PowerShell.Tests/Demo reads them). Tables and lists go
# through Out-Host, so that they print where they are written rather than after the host lines that follow them.
function Invoke-Demo {
    if (-not $NoBuild) { Invoke-Build }
    Import-Module (Join-Path $moduleDir 'EnodePS.psd1') -Force
    $ProgressPreference = 'SilentlyContinue'

    function Write-Section([string] $Title) { Write-Host "`n== $Title" -ForegroundColor Cyan }
    function Write-Success([string] $Text) { Write-Host "   OK: $Text" -ForegroundColor Green }
    function Assert-Confirmed([Parameter(ValueFromPipeline)] $Action, [string] $What) {
        process {
            if ($Action.State -ne 'CONFIRMED') { throw "$What ended $($Action.State): $($Action.FailureReason.Detail)" }
            Write-Success "$What (action $($Action.Id) $($Action.State))"
        }
    }

    Write-Section 'Connect to an in-process emulator (no account needed)'
    $connection = Connect-Enode -Environment Emulator -PassThru
    $connection | Format-List Name, Environment, ApiUrl, ApiVersion | Out-Host
    Write-Success "connected to the $($connection.Environment) environment"

    Write-Section 'Users and their devices, streamed page by page'
    $users = @(Get-EnodeUser)
    $users | Format-Table | Out-Host
    $vehicles = @(Get-EnodeVehicle)
    $vehicles | Format-Table | Out-Host
    $chargers = @(Get-EnodeCharger)
    $chargers | Format-Table | Out-Host
    $hvacs = @(Get-EnodeHvac)
    $batteries = @(Get-EnodeBattery)
    Write-Success ('{0} users, {1} vehicles, {2} chargers, {3} HVAC units, {4} batteries, {5} inverters, {6} meters, {7} HEM systems' -f
        $users.Count, $vehicles.Count, $chargers.Count, $hvacs.Count, $batteries.Count, @(Get-EnodeInverter).Count, @(Get-EnodeMeter).Count, @(Get-EnodeHemSystem).Count)

    Write-Section 'The first two vehicles, then the same two again by id through the pipeline'
    $again = @(Get-EnodeVehicle -First 2 | Get-EnodeVehicle)
    $again | Format-Table | Out-Host
    Write-Success "$($again.Count) vehicles got again by id"

    $first, $second, $third = $users
    Write-Section 'Start charging'
    $plugged = Get-EnodeVehicle -UserId $first.Id | Where-Object { $_.ChargeState.IsPluggedIn -and -not $_.ChargeState.IsCharging } | Select-Object -First 1
    $plugged | Start-EnodeCharging | Wait-EnodeAction | Assert-Confirmed -What "charging started on the $($plugged.Information.Brand) $($plugged.Information.Model)"
    $unplugged = Get-EnodeVehicle -UserId $third.Id | Where-Object { -not $_.ChargeState.IsPluggedIn } | Select-Object -First 1
    $cancelled = $unplugged | Start-EnodeCharging | Get-EnodeAction
    Write-Host "   A vehicle that is not plugged in: the action is $($cancelled.State) ($($cancelled.FailureReason.Detail))"

    Write-Section 'Stop charging'
    Get-EnodeCharger -UserId $second.Id | Where-Object { $_.ChargeState.IsCharging } | Select-Object -First 1 |
        Stop-EnodeCharging -Wait | Assert-Confirmed -What 'charging stopped on a charger'

    $charger = Get-EnodeCharger -UserId $first.Id | Select-Object -First 1
    Write-Section 'Max current'
    $charger | Set-EnodeMaxCurrent -MaxCurrent 16 | Wait-EnodeAction | Assert-Confirmed -What 'max current set to 16 A'

    Write-Section 'Charge rate limit'
    $charger | Set-EnodeChargeRateLimit -ChargeRateLimit 7.4 | Wait-EnodeAction | Assert-Confirmed -What 'charge rate limited to 7.4 kW'

    Write-Section 'HVAC: permanent hold, then follow the schedule'
    $livingRoom = Get-EnodeHvac -UserId $first.Id | Where-Object { $_.Information.GroupName -eq 'Living room' }
    $livingRoom | Set-EnodeHvacMode -PermanentHold -Mode HEAT -HeatSetpoint 21 | Wait-EnodeAction | Assert-Confirmed -What 'held at 21 degrees (HEAT)'
    $livingRoom | Set-EnodeHvacMode -FollowSchedule | Wait-EnodeAction | Assert-Confirmed -What 'following its schedule again'

    Write-Section 'Battery operation mode'
    Get-EnodeBattery -UserId $first.Id | Select-Object -First 1 | Set-EnodeBatteryOperationMode -OperationMode IMPORT_FOCUS |
        Wait-EnodeAction | Assert-Confirmed -What 'battery set to IMPORT_FOCUS'

    Write-Section 'Smart charging: policy, plan, status and override'
    $smart = Get-EnodeVehicle | Where-Object { $_.SmartChargingPolicy.IsEnabled } | Select-Object -First 1
    $policy = Set-EnodeSmartChargingPolicy -VehicleId $smart.Id -Enabled -Deadline 07:00 -MinimumChargeLimit 20 -PassThru
    $policy | Format-List | Out-Host
    Get-EnodeSmartChargingPlan -VehicleId $smart.Id | Format-Table | Out-Host
    Get-EnodeSmartChargingStatus -VehicleId $smart.Id | Format-Table | Out-Host
    Start-EnodeSmartOverride -VehicleId $smart.Id | Format-Table | Out-Host
    Stop-EnodeSmartOverride -VehicleId $smart.Id | Format-Table | Out-Host
    Write-Success "smart charging on until 07:00, a plan, and an override started and ended on $($smart.Id)"

    Write-Section 'Schedules: create, check, disable and remove'
    $homeLocation = Get-EnodeLocation -UserId $plugged.UserId | Where-Object Name -eq Home
    $night = New-EnodeScheduleRule -StartTime 22:00 -EndTime 06:00 -Weekday Monday, Tuesday, Wednesday, Thursday, Friday -ShouldCharge
    $schedule = $plugged | New-EnodeSchedule -LocationId $homeLocation.Id -Rule $night -Enabled
    $schedule | Format-Table | Out-Host
    $schedule | Get-EnodeScheduleStatus | Format-Table | Out-Host
    $schedule | Set-EnodeSchedule -Enabled:$false
    $schedule | Remove-EnodeSchedule -Confirm:$false
    Write-Success "schedule $($schedule.Id) created, checked, disabled and removed"

    Write-Section "Tariffs and a location's tariff schedule"
    Set-EnodeTariff -Id 'home-tou' -Rate @{ PEAK = 0.35; OFF_PEAK = 0.12 }
    (Get-EnodeTariff -Id 'home-tou').Rates | Format-Table | Out-Host
    Set-EnodeLocationTariff -LocationId $homeLocation.Id -TariffId 'home-tou' -Interval @(
        @{ Name = 'OFF_PEAK'; From = '22:00'; To = '07:00' }
        @{ Name = 'PEAK'; Weekdays = 'Mon-Fri'; From = '07:00'; To = '22:00' }
        @{ Name = 'OFF_PEAK'; Weekdays = 'Sat,Sun'; From = '07:00'; To = '22:00' }
    )
    $week = @(Get-EnodeLocationTariff -LocationId $homeLocation.Id)
    $week | Select-Object -First 4 | Format-Table | Out-Host
    Write-Success "home-tou priced and applied to $($homeLocation.Name): $($week.Count) intervals a week"

    Write-Section 'Webhooks: register, update, deliver a test event to a local listener, unregister'
    $secret = ConvertTo-SecureString 'demo-webhook-secret-0123456789' -AsPlainText -Force
    $hook = Register-EnodeWebhook -Url 'https://api.example.com/enode/events' -Secret $secret -Event 'user:vehicle:updated'
    Set-EnodeWebhook -Id $hook.Id -Event 'user:vehicle:updated', 'user:charger:updated'
    Get-EnodeWebhook -Id $hook.Id | Format-Table | Out-Host
    Get-EnodeWebhook -Id $hook.Id | Unregister-EnodeWebhook -Confirm:$false
    # Receive-EnodeWebhook -Register listens on 127.0.0.1 and registers a temporary webhook pointing at itself.
    $receiver = Start-ThreadJob {
        Import-Module (Join-Path $using:moduleDir 'EnodePS.psd1')
        Receive-EnodeWebhook -Register -Count 1 -TimeoutSeconds 60 -Connection $using:connection
    }
    $waited = [Diagnostics.Stopwatch]::StartNew()
    while (-not ($listener = Get-EnodeWebhook | Where-Object Url -like 'http://127.0.0.1*') -and $waited.Elapsed.TotalSeconds -lt 60) { Start-Sleep -Milliseconds 200 }
    $test = $listener | Test-EnodeWebhook
    $test | Format-Table WebhookId, Status, Description | Out-Host
    if ($test.Status -ne 'SUCCESS') { throw "The test delivery failed: $($test.Description)" }
    $received = $receiver | Receive-Job -Wait -AutoRemoveJob
    Write-Host "   The listener received $($received.Event) and removed its temporary webhook."
    Write-Success "webhook $($hook.Id) registered, updated and unregistered; test event $($test.Status) and received"

    Write-Section 'Link a new vehicle, and relink one whose credentials became invalid'
    $linked = New-EnodeLinkSession -UserId demo-newcomer -DeviceType vehicle -Scope vehicle:read:data, vehicle:control:charging -RedirectUri https://example.com/linked |
        Complete-EnodeEmulatorLink | Get-EnodeVehicle
    $linked | Format-Table | Out-Host
    $invalid = Get-EnodeUser | Get-EnodeUser | Where-Object { $_.LinkedVendors.IsValid -contains $false } | Select-Object -First 1
    $vendor = ($invalid.LinkedVendors | Where-Object { -not $_.IsValid -and $_.VendorType -eq 'vehicle' }).Vendor
    $relink = Get-EnodeVehicle -UserId $invalid.Id | Where-Object Vendor -eq $vendor | Select-Object -First 1 |
        New-EnodeRelinkSession -RedirectUri https://example.com/relinked
    $relink | Format-List | Out-Host
    Write-Success "vehicle $($linked.Id) linked for demo-newcomer; a relink session for $vendor"

    Write-Section 'Data refresh'
    $before = $charger.LastSeen
    $refreshed = $charger | Request-EnodeDataRefresh -PassThru
    $refreshed | Format-Table | Out-Host
    Write-Success "charger data refreshed (last seen $before, now $($refreshed.LastSeen))"

    Write-Section 'Statistics: charging, sessions, HEM systems and inverters'
    $weekAgo = (Get-Date).Date.AddDays(-7)
    $plugged | Get-EnodeChargingStatistics -StartTime $weekAgo -Resolution DAY | Format-Table | Out-Host
    $sessions = @($plugged | Get-EnodeChargingSession -StartTime $weekAgo)
    $sessions | Format-Table | Out-Host
    Get-EnodeHemSystem -First 1 | Get-EnodeHemSystemStatistics -StartTime $weekAgo -Resolution DAY | Select-Object -First 3 | Format-Table | Out-Host
    Get-EnodeInverter -First 1 | Get-EnodeInverterStatistics -StartTime $weekAgo -Resolution DAY | Select-Object -First 3 | Format-Table | Out-Host
    Write-Success "a week of statistics, $($sessions.Count) charging sessions"

    Write-Section 'Interventions: why a device cannot be controlled'
    $blocked = Get-EnodeCharger | Where-Object { -not $_.Capabilities.StartCharging.IsCapable } | Select-Object -First 1
    $intervention = $blocked.Capabilities.StartCharging | Get-EnodeIntervention
    $intervention | Format-List Vendor, @{ n = 'Title'; e = { $_.Resolution.Title } }, @{ n = 'Steps'; e = { $_.Resolution.Description } } | Out-Host
    Write-Success "intervention $($intervention.Id) for the $($blocked.Information.Brand) charger"

    Write-Section 'Health, integrations, and anything else through the raw request cmdlet'
    Get-EnodeHealth | Format-Table | Out-Host
    Get-EnodeIntegration -DeviceType charger | Select-Object -First 3 | Format-Table | Out-Host
    $page = Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 2 }
    $page.pagination | Format-List | Out-Host
    Write-Success "GET /vehicles?pageSize=2 answered $(@($page.data).Count) vehicles and a cursor"

    Write-Section 'Errors are ErrorRecords with stable ids'
    try { Get-EnodeVehicle -Id 'no-such-vehicle' -ErrorAction Stop }
    catch { Write-Success ('{0} ({1}): {2}' -f $_.FullyQualifiedErrorId, $_.CategoryInfo.Category, $_.Exception.Message) }

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
