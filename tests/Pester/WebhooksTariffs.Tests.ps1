#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Webhooks, tariffs and provisioning as PowerShell binds them (PSObjects from Import-Csv, SecureStrings, cultures):
# what the xUnit suites cannot see. Runs against the in-process emulator.

BeforeAll {
    $module = Join-Path $PSScriptRoot '../../out/EnodePS/EnodePS.psd1'
    Import-Module $module -Force
    Connect-Enode -Environment Emulator -Name WebhooksTariffs

    function Get-Hmac([string] $Body, [string] $Secret) {
        $hmac = [System.Security.Cryptography.HMACSHA1]::new([System.Text.Encoding]::UTF8.GetBytes($Secret))
        try { 'sha1=' + (($hmac.ComputeHash([System.Text.Encoding]::UTF8.GetBytes($Body)) | ForEach-Object { $_.ToString('x2') }) -join '') }
        finally { $hmac.Dispose() }
    }
}

AfterAll {
    Disconnect-Enode -Name WebhooksTariffs -ErrorAction SilentlyContinue
}

Describe 'Register-EnodeWebhook' {
    It 'creates once, then reports Unchanged' {
        $secret = ConvertTo-SecureString 'pester-secret-123' -AsPlainText -Force
        $first = Register-EnodeWebhook -Url 'https://pester.example.com/hook' -Secret $secret -Event 'user:vehicle:updated'
        $second = Register-EnodeWebhook -Url 'https://pester.example.com/hook' -Secret $secret -Event 'user:vehicle:updated'
        $first.Action | Should -Be 'Created'
        $second.Action | Should -Be 'Unchanged'
        $second.PSObject.TypeNames[0] | Should -Be 'EnodePS.WebhookRegistration'
    }

    It 'returns a generated secret as a SecureString' {
        $result = Register-EnodeWebhook -Url 'https://pester.example.com/generated' -WarningAction SilentlyContinue
        $result.Secret | Should -BeOfType ([securestring])
    }

    It 'refuses an unknown event before sending' {
        { Register-EnodeWebhook -Url 'https://pester.example.com/x' -Event 'user:car:updated' -ErrorAction Stop } |
            Should -Throw -ErrorId 'EnodeInvalidParameter,EnodePS.Cmdlets.Webhooks.RegisterEnodeWebhookCommand'
    }
}

Describe 'Test-EnodeWebhookSignature' {
    It 'checks a signature against an independent HMAC' {
        $body = '[{"event":"enode:webhook:test","createdAt":"2024-10-01T08:00:00.000Z","version":"2024-10-01"}]'
        Test-EnodeWebhookSignature -Body $body -Signature (Get-Hmac $body 'abc123456') -Secret 'abc123456' | Should -BeTrue
        Test-EnodeWebhookSignature -Body ($body + ' ') -Signature (Get-Hmac $body 'abc123456') -Secret 'abc123456' | Should -BeFalse
    }

    It 'reads typed events after verifying' {
        $body = '[{"event":"enode:webhook:test","createdAt":"2024-10-01T08:00:00.000Z","version":"2024-10-01"}]'
        $secure = ConvertTo-SecureString 'abc123456' -AsPlainText -Force
        $event = ConvertFrom-EnodeWebhookPayload -Body $body -Secret $secure -Signature (Get-Hmac $body 'abc123456')
        $event.PSObject.TypeNames[0] | Should -Be 'EnodePS.Events.WebhookTestEvent'
    }
}

Describe 'Tariffs' {
    It 'takes Import-Csv rows and sends costs with a dot under a German culture' {
        $previous = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = 'de-DE'
            "Name,Cost`nPEAK,0.35`nOFF_PEAK,0.125" | ConvertFrom-Csv | Set-EnodeTariff -Id 'pester-tou' | Out-Null
            @{ PEAK = 0.4 } | Set-EnodeTariff -Id 'pester-double' | Out-Null
        }
        finally { [cultureinfo]::CurrentCulture = $previous }
        (Get-EnodeTariff -Id 'pester-tou').Rates.Cost | Should -Be @('0.35', '0.125')
        (Get-EnodeTariff -Id 'pester-double').Rates.Cost | Should -Be '0.4'
    }

    It 'refuses overlapping intervals naming both' {
        { Set-EnodeLocationTariff -LocationId 'any' -TariffId 'pester-tou' -Interval @{ Name = 'PEAK'; From = '06:00'; To = '22:00' }, @{ Name = 'OFF_PEAK'; From = '21:00'; To = '07:00' } -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "*'PEAK' 06:00-22:00*'OFF_PEAK' 21:00-07:00*"
    }
}

Describe 'Provisioning files' {
    It 'provisions what Import-PowerShellDataFile reads from a PSD1 file, and nothing more on a second run' {
        $path = Join-Path ([System.IO.Path]::GetTempPath()) "enode-$([guid]::NewGuid()).psd1"
        Set-Content -Path $path -Value @'
@{
    webhooks = @(
        @{ url = 'https://pester.example.com/file'; events = 'user:vehicle:updated', 'user:charger:updated'; secret = 'env:PESTER_HOOK_SECRET' }
    )
    tariffs = @( @{ id = 'pester-file'; rates = @( @{ name = 'PEAK'; cost = 0.35 } ) } )
}
'@
        try {
            $expected = Import-PowerShellDataFile $path
            $env:PESTER_HOOK_SECRET = 'pester-file-secret'
            $first = Invoke-EnodeProvisioning -Path $path
            $second = Invoke-EnodeProvisioning -Path $path
            $first.Outcome | Should -Not -Contain 'Failed'
            $second.Action | Sort-Object -Unique | Should -Be 'Unchanged'

            $webhook = Get-EnodeWebhook | Where-Object Url -eq $expected.webhooks[0].url
            @($webhook).Count | Should -Be 1
            $webhook.Events | Sort-Object | Should -Be ($expected.webhooks[0].events | Sort-Object)
            (Get-EnodeTariff -Id $expected.tariffs[0].id).Rates.Amount | Should -Be $expected.tariffs[0].rates[0].cost
        }
        finally {
            Remove-Item $path -ErrorAction SilentlyContinue
            Remove-Item Env:PESTER_HOOK_SECRET -ErrorAction SilentlyContinue
        }
    }
}
