#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The PowerShell surface, for machines with pwsh. xUnit (dotnet test) covers the behaviour everywhere.

BeforeAll {
    $module = Join-Path $PSScriptRoot '../../out/EnodePS/EnodePS.psd1'
    Import-Module $module -Force
    Connect-Enode -Environment Emulator
}

AfterAll {
    Disconnect-Enode -ErrorAction SilentlyContinue
    Remove-Module EnodePS -ErrorAction SilentlyContinue
}

Describe 'Module' {
    It 'exports the cmdlets the manifest lists' {
        $manifest = Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../EnodePS.psd1')
        (Get-Command -Module EnodePS).Name | Sort-Object | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }
}

Describe 'Get-EnodeVehicle' {
    It 'emits typed vehicles with the EnodePS.Vehicle type name' {
        $vehicles = @(Get-EnodeVehicle)
        $vehicles.Count | Should -BeGreaterThan 0
        $vehicles[0].PSObject.TypeNames[0] | Should -Be 'EnodePS.Vehicle'
    }

    It 'honours -First and -Skip' {
        $all = @(Get-EnodeVehicle)
        $window = @(Get-EnodeVehicle -Skip 1 -First 2)
        $window.Id | Should -Be $all[1..2].Id
    }

    It 'binds vehicles from the pipeline by their Id' {
        $first = Get-EnodeVehicle -First 1
        ($first | Get-EnodeVehicle).Id | Should -Be $first.Id
    }

    It 'raises an ErrorRecord with a stable id for an unknown vehicle' {
        { Get-EnodeVehicle -Id 'missing' -ErrorAction Stop } | Should -Throw -ErrorId 'EnodeNotFound,EnodePS.Cmdlets.Vehicles.GetEnodeVehicleCommand'
    }
}

Describe 'Device cmdlets' {
    It 'emits typed chargers and HEM systems with their EnodePS type names' {
        (Get-EnodeCharger -First 1).PSObject.TypeNames[0] | Should -Be 'EnodePS.Charger'
        (Get-EnodeHemSystem -First 1).PSObject.TypeNames[0] | Should -Be 'EnodePS.HemSystem'
    }

    It 'pipes inverters into their statistics' {
        $rows = @(Get-EnodeInverter -First 1 | Get-EnodeInverterStatistics -From (Get-Date).AddDays(-2) -Resolution DAY)
        $rows.Count | Should -Be 1
        $rows[0].PSObject.TypeNames[0] | Should -Be 'EnodePS.InverterStatisticsSample'
    }

    It 'sends no refresh hint with -WhatIf' {
        Get-EnodeCharger -First 1 | Request-EnodeDataRefresh -WhatIf | Should -BeNullOrEmpty
    }

    It 'rejects an unknown resolution before sending' {
        { Get-EnodeInverterStatistics -Id x -From (Get-Date) -Resolution HOURLY -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Invoke-EnodeRequest' {
    It 'returns PowerShell objects' {
        $page = Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 1 }
        $page.data.Count | Should -Be 1
    }

    It 'sends nothing with -WhatIf' {
        Invoke-EnodeRequest -Method POST -Path /vehicles -Body @{ a = 1 } -WhatIf | Should -BeNullOrEmpty
    }
}

Describe 'Start-EnodeEmulator and Stop-EnodeEmulator' {
    BeforeAll {
        $emulator = Start-EnodeEmulator -Seed 5 -VehicleCount 3
    }

    AfterAll {
        Stop-EnodeEmulator
        Connect-Enode -Environment Emulator   # the connection the other blocks expect
    }

    It 'returns the loopback URLs, the client id and the secret as a SecureString' {
        $emulator.PSObject.TypeNames[0] | Should -Be 'EnodePS.RunningEmulator'
        $emulator.ApiUrl.Host | Should -Be '127.0.0.1'
        $emulator.ClientSecret | Should -BeOfType [securestring]
        ($emulator | Out-String) | Should -Not -Match ([regex]::Escape($emulator.Emulator.ClientSecret))
    }

    It 'serves the API to Connect-Enode -Emulator and the control routes to any HTTP client' {
        $emulator | Connect-Enode
        @(Get-EnodeVehicle).Count | Should -Be 3
        (Invoke-RestMethod -Uri "$($emulator.ControlUrl)info").seed | Should -Be 5
    }

    It 'stops the emulators of the session' {
        Stop-EnodeEmulator
        $emulator.IsRunning | Should -BeFalse
    }
}
