@{
    RootModule           = 'EnodePS.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f3c9e-6c1d-4e7a-9f3e-2d8a1c4b7e60'
    Author               = 'EnodePS contributors'
    CompanyName          = 'EnodePS'
    Copyright            = '(c) EnodePS contributors. MIT License.'
    Description          = 'Cmdlets for the Enode API (2024-10-01): vehicles, chargers, HVACs, solar inverters, batteries, meters and HEM systems, with schedules, smart charging, tariffs and webhooks. Includes an offline Enode emulator for trying things and for tests.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('EnodePS.format.ps1xml')
    FunctionsToExport    = @()
    CmdletsToExport      = @(
        'Connect-Enode'
        'Disconnect-Enode'
        'Get-EnodeAccessToken'
        'Get-EnodeConnection'
        'Get-EnodeRequestOption'
        'Get-EnodeVehicle'
        'Get-EnodeCharger'
        'Get-EnodeHvac'
        'Get-EnodeInverter'
        'Get-EnodeInverterStatistics'
        'Get-EnodeBattery'
        'Get-EnodeMeter'
        'Get-EnodeHemSystem'
        'Get-EnodeHemSystemStatistics'
        'Get-EnodeIntervention'
        'Get-EnodeIntegration'
        'Get-EnodeHealth'
        'Request-EnodeDataRefresh'
        'Start-EnodeCharging'
        'Stop-EnodeCharging'
        'Set-EnodeMaxCurrent'
        'Set-EnodeChargeRateLimit'
        'Set-EnodeCharger'
        'Set-EnodeHvac'
        'Set-EnodeHvacMode'
        'Set-EnodeBatteryOperationMode'
        'Get-EnodeAction'
        'Stop-EnodeAction'
        'Wait-EnodeAction'
        'Invoke-EnodeRequest'
        'Start-EnodeEmulator'
        'Stop-EnodeEmulator'
        'Set-EnodeRequestOption'
    )
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Enode', 'EV', 'Charging', 'SmartCharging', 'Energy', 'HVAC', 'Solar', 'Battery', 'API', 'PSEdition_Core', 'PSEdition_Desktop')
            ProjectUri   = 'https://github.com/enodeps/EnodePS'
            LicenseUri   = 'https://github.com/enodeps/EnodePS/blob/main/LICENSE'
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
