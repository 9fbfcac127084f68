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
        $rows = @(Get-EnodeInverter -First 1 | Get-EnodeInverterStatistics -StartTime (Get-Date).AddDays(-2) -Resolution DAY)
        $rows.Count | Should -Be 1
        $rows[0].PSObject.TypeNames[0] | Should -Be 'EnodePS.InverterStatisticsSample'
    }

    It 'sends no refresh hint with -WhatIf' {
        Get-EnodeCharger -First 1 | Request-EnodeDataRefresh -WhatIf | Should -BeNullOrEmpty
    }

    It 'rejects an unknown resolution before sending' {
        { Get-EnodeInverterStatistics -Id x -StartTime (Get-Date) -Resolution HOURLY -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Actions' {
    It 'sends no control request with -WhatIf' {
        Get-EnodeVehicle | Start-EnodeCharging -WhatIf | Should -BeNullOrEmpty
        Get-EnodeCharger | Where-Object { $_.Capabilities.SetMaxCurrent.IsCapable } | Set-EnodeMaxCurrent -MaxCurrent 16 -WhatIf | Should -BeNullOrEmpty
    }

    It 'starts charging from the pipeline and waits for every action to end' {
        $actions = @(Get-EnodeVehicle | Where-Object IsReachable | Start-EnodeCharging -ErrorAction SilentlyContinue)
        $actions.Count | Should -BeGreaterThan 0
        $actions[0].PSObject.TypeNames[0] | Should -Be 'EnodePS.VendorAction'
        $ended = @($actions | Wait-EnodeAction -PollIntervalSeconds 0.5 -TimeoutSeconds 120 -ErrorAction SilentlyContinue)
        $ended.Count | Should -Be $actions.Count
        $ended.State | Should -Not -Contain 'PENDING'
    }

    It 'rejects an unknown operation mode before sending' {
        { Set-EnodeBatteryOperationMode -Id x -OperationMode BOOST -ErrorAction Stop } | Should -Throw -ErrorId 'EnodeInvalidParameter*'
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
        ($emulator | Out-String) | Should -Not -Match ([regex]::Escape($emulator.Emulator.RevealClientSecret()))
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

Describe 'Loading' {
    It 'loads the build of this edition (precompiled for this platform on .NET 10), with the engine in its own load context on PowerShell 7' {
        $separator = [IO.Path]::DirectorySeparatorChar
        $folder = if ($PSEdition -eq 'Core') { 'Core' } else { 'Desktop' }
        if ($PSEdition -eq 'Core' -and [Environment]::Version.Major -eq 10) {
            $runtime = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
            if (Test-Path (Join-Path $PSScriptRoot "../../out/EnodePS/Core/$runtime/EnodePS.dll")) { $folder = "Core$separator$runtime" }
        }
        (Get-Command Get-EnodeVehicle).ImplementingType.Assembly.Location | Should -BeLike "*$separator$folder${separator}EnodePS.dll"
        if ($PSEdition -eq 'Core') {
            $client = (Get-EnodeConnection).Client.GetType().Assembly
            [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($client).Name | Should -Be 'EnodePS.Engine'
            $client.Location | Should -BeLike "*$separator$folder${separator}Dependencies${separator}EnodePS.Client.dll"
        }
    }

    It 'imports in a session that already loaded another version of a dependency' {
        # Another version of Microsoft.Extensions.DependencyInjection.Abstractions from the NuGet cache plays the other
        # module (the test project downloads one: dotnet restore).
        $edition = if ($PSEdition -eq 'Core') { 'Core' } else { 'Desktop' }
        $shipped = Join-Path $PSScriptRoot "../../out/EnodePS/$edition/Dependencies/Microsoft.Extensions.DependencyInjection.Abstractions.dll"
        $shippedVersion = [System.Reflection.AssemblyName]::GetAssemblyName($shipped).Version
        $cache = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path $HOME '.nuget/packages' }
        $other = Get-ChildItem (Join-Path $cache 'microsoft.extensions.dependencyinjection.abstractions') -Directory -ErrorAction SilentlyContinue |
            Where-Object { [version]$_.Name -ne [version]"$($shippedVersion.Major).$($shippedVersion.Minor).$($shippedVersion.Build)" } |
            Select-Object -First 1
        if (-not $other) { Set-ItResult -Skipped -Because 'no other version in the NuGet cache'; return }
        $dll = Get-ChildItem $other.FullName -Recurse -Filter Microsoft.Extensions.DependencyInjection.Abstractions.dll | Select-Object -First 1
        $module = Join-Path $PSScriptRoot '../../out/EnodePS/EnodePS.psd1'
        $script = "Add-Type -Path '$($dll.FullName)'; Import-Module '$module'; Connect-Enode -Environment Emulator; (Get-EnodeVehicle -First 1).Id"
        $exe = if ($PSEdition -eq 'Core') { Join-Path $PSHOME 'pwsh' } else { 'powershell' }
        $output = & $exe -NoProfile -NonInteractive -Command $script
        $LASTEXITCODE | Should -Be 0
        $output | Should -Not -BeNullOrEmpty
    }
}

Describe 'Help' {
    It 'has a synopsis, two examples and every parameter for <_>' -ForEach @((Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../EnodePS.psd1')).CmdletsToExport) {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -Match '^\s*$'
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        $documented = @($help.Parameters.Parameter.Name)
        foreach ($name in (Get-Command $_).Parameters.Keys | Where-Object { $_ -notin $common }) {
            $documented | Should -Contain $name
        }
    }

    It 'has the about topics' {
        Get-Help about_EnodePS | Should -Not -BeNullOrEmpty
        Get-Help about_EnodePS_Runbooks | Should -Not -BeNullOrEmpty
    }
}

Describe 'WhatIf, pipelines and errors' {
    It 'changes nothing with -WhatIf' {
        $before = (Get-EnodeRequestOption -Connection (Get-EnodeConnection)).MaxRetries
        Set-EnodeRequestOption -MaxRetries 0 -WhatIf
        (Get-EnodeRequestOption -Connection (Get-EnodeConnection)).MaxRetries | Should -Be $before
        Disconnect-Enode -WhatIf
        Get-EnodeConnection | Should -Not -BeNullOrEmpty
    }

    It 'composes cmdlets in a pipeline' {
        (Get-EnodeConnection -All | Get-EnodeRequestOption).AppliesTo | Should -Contain (Get-EnodeConnection).Name
        $two = Get-EnodeVehicle -First 2
        ($two | Get-EnodeVehicle).Id | Should -Be $two.Id
    }

    It 'raises catchable ErrorRecords with ids, categories and targets' {
        try {
            Get-EnodeVehicle -Id 'missing' -ErrorAction Stop
            throw 'no error'
        }
        catch {
            $_.FullyQualifiedErrorId | Should -BeLike 'EnodeNotFound,*'
            $_.CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $_.TargetObject | Should -Be 'missing'
        }
        { Set-EnodeRequestOption -MaxRetries 99 -ErrorAction Stop } | Should -Throw -ErrorId 'EnodeInvalidParameter,*'
    }

    It 'returns the access token as a SecureString' {
        Get-EnodeAccessToken | Should -BeOfType [securestring]
    }

    It 'completes vehicle ids the session has seen' {
        $vehicle = Get-EnodeVehicle -First 1
        $line = 'Get-EnodeVehicle -Id '
        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completion.CompletionMatches.CompletionText | Should -Contain $vehicle.Id
    }
}

Describe 'Linking in the emulator' {
    It 'links a vehicle through a session and finds it by the linked device''s Id' {
        $devices = New-EnodeLinkSession -UserId pester-user -DeviceType vehicle -Scope vehicle:read:data -RedirectUri https://example.com/ |
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
        $rule = New-EnodeScheduleRule -StartTime 22:00 -EndTime 06:00 -Weekday Monday, Tuesday -ShouldCharge
        $schedule = Get-EnodeVehicle -First 1 | New-EnodeSchedule -Rule $rule, @{ Weekday = 'Sat', 'Sun'; ShouldCharge = $false } -Enabled
        $schedule.PSObject.TypeNames[0] | Should -Be 'EnodePS.Schedule'
        $schedule.TargetType | Should -Be 'vehicle'
        $schedule.Rules[0].Weekdays | Should -Be @(0, 1)
        ($schedule | Get-EnodeScheduleStatus).ScheduleId | Should -Be $schedule.Id
    }
}

Describe 'Charging statistics' {
    It 'writes flat rows that export to CSV' {
        $csv = Get-EnodeVehicle -First 1 | Get-EnodeChargingStatistics -StartTime (Get-Date).Date.AddDays(-3) -Resolution DAY | ConvertTo-Csv -NoTypeInformation
        $csv[0] | Should -Match '"KwhSum"'
        $csv.Count | Should -BeGreaterThan 1
    }
}
