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

Describe 'Invoke-EnodeRequest' {
    It 'returns PowerShell objects' {
        $page = Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 1 }
        $page.data.Count | Should -Be 1
    }

    It 'sends nothing with -WhatIf' {
        Invoke-EnodeRequest -Method POST -Path /vehicles -Body @{ a = 1 } -WhatIf | Should -BeNullOrEmpty
    }
}

Describe 'Linking in the emulator' {
    It 'links a vehicle through a session and finds it by the linked device''s Id' {
        $devices = New-EnodeLinkSession -UserId pester-user -VendorType vehicle -Scope vehicle:read:data -RedirectUri https://example.com/ |
            Complete-EnodeEmulatorLink -DeviceCount 2
        $devices.Count | Should -Be 2
        ($devices | Get-EnodeVehicle).UserId | Should -Be @('pester-user', 'pester-user')
        (Get-EnodeUser -Id pester-user).LinkedVendors.VendorType | Should -Be 'vehicle'
    }

    It 'refuses scopes without the read:data scope of the asset type, naming the parameter' {
        { New-EnodeLinkSession -UserId u -Scope vehicle:control:charging -RedirectUri https://example.com/ -ErrorAction Stop } |
            Should -Throw -ErrorId 'EnodeInvalidParameter,EnodePS.Cmdlets.Users.NewEnodeLinkSessionCommand'
    }
}

Describe 'Schedules' {
    It 'creates a schedule for a piped vehicle from a rule object and a hashtable' {
        $rule = New-EnodeScheduleRule -From 22:00 -To 06:00 -Weekday Monday, Tuesday -ShouldCharge
        $schedule = Get-EnodeVehicle -First 1 | New-EnodeSchedule -Rule $rule, @{ Weekday = 'Sat', 'Sun'; ShouldCharge = $false } -Enabled
        $schedule.PSObject.TypeNames[0] | Should -Be 'EnodePS.Schedule'
        $schedule.TargetType | Should -Be 'vehicle'
        $schedule.Rules[0].Weekdays | Should -Be @(0, 1)
        ($schedule | Get-EnodeScheduleStatus).ScheduleId | Should -Be $schedule.Id
    }
}

Describe 'Charging statistics' {
    It 'writes flat rows that export to CSV' {
        $csv = Get-EnodeVehicle -First 1 | Get-EnodeChargingStatistics -StartDate (Get-Date).Date.AddDays(-3) -Resolution DAY | ConvertTo-Csv -NoTypeInformation
        $csv[0] | Should -Match '"KwhSum"'
        $csv.Count | Should -BeGreaterThan 1
    }
}
