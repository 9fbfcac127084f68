#Requires -Version 7.4

<#
.SYNOPSIS
    Rewrites the output block of every help example (docs/cmdlets/*.md) with what the example writes today.
.DESCRIPTION
    Each example that has an output block runs as HelpExampleTests runs it: a fresh connection to the demo emulator
    (Connect-Enode -Environment Emulator), in a scratch folder. What it writes is formatted as a console 120 columns
    wide would show it, and replaces the block. An example that writes an error, or writes nothing, keeps its block and
    is reported. Run it after changing a view or the demo data, then rebuild the MAML (./build.ps1 -Task Help).
.EXAMPLE
    ./tools/Update-HelpExampleOutput.ps1    # every page; then ./build.ps1 -Task Help
.EXAMPLE
    ./tools/Update-HelpExampleOutput.ps1 -Name Get-EnodeVehicle, Start-EnodeSmartOverride
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # The cmdlet pages to update (their file names without .md); all of them by default.
    [string[]] $Name = '*',

    # Output lines kept in a block; longer output is cut and ends with a line '...'.
    [ValidateRange(3, 100)]
    [int] $MaxLines = 12
)

$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
Import-Module (Join-Path $root 'out/EnodePS/EnodePS.psd1') -Force
$PSStyle.OutputRendering = 'PlainText'

# An example with an output block: its heading, its code, then the block right after the code.
$examplePattern = [regex]'(?s)(?<head>### Example (?<number>\d+)[^\n]*\n```powershell\n(?<code>(?:(?!\n```).)*)\n```\s*\n```output\n)(?<output>.*?)(?<tail>\n```)'

foreach ($page in Get-ChildItem (Join-Path $root 'docs/cmdlets') -Filter '*.md' | Where-Object { $n = $_.BaseName; $Name | Where-Object { $n -like $_ } }) {
    $text = [System.IO.File]::ReadAllText($page.FullName)
    $updated = $examplePattern.Replace($text, {
        param($match)
        $code = $match.Groups['code'].Value
        $label = "$($page.BaseName) example $($match.Groups['number'].Value)"
        if ($code -match '(?m)^# Needs:') { return $match.Value }

        $scratch = New-Item -ItemType Directory -Path (Join-Path ([System.IO.Path]::GetTempPath()) "enodeps-example-$([guid]::NewGuid().ToString('N'))")
        $savedEnvironment = $env:ENODE_ENVIRONMENT
        $env:ENODE_ENVIRONMENT = 'Emulator'
        Push-Location $scratch
        try {
            Disconnect-Enode -ErrorAction SilentlyContinue
            Connect-Enode -Environment Emulator | Out-Null
            $all = @(& ([scriptblock]::Create($code)) 2>&1 3>$null)
            $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            $written = @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
            $lines = @(($written | Out-String -Width 120) -split '\r?\n' | ForEach-Object TrimEnd)
        }
        catch {
            Write-Warning "${label}: failed ($($_.Exception.Message)); its block is kept."
            return $match.Value
        }
        finally {
            Pop-Location
            $env:ENODE_ENVIRONMENT = $savedEnvironment
            Remove-Item -LiteralPath $scratch -Recurse -Force
        }

        if ($errors) {
            Write-Warning "${label}: wrote an error ($($errors[0])); its block is kept."
            return $match.Value
        }
        # Blank lines that Out-String puts around tables and lists are not part of what a reader compares.
        $first = 0; while ($first -lt $lines.Count -and -not $lines[$first]) { $first++ }
        $last = $lines.Count - 1; while ($last -ge $first -and -not $lines[$last]) { $last-- }
        if ($last -lt $first) {
            Write-Warning "${label}: wrote nothing; its block is kept."
            return $match.Value
        }
        $block = $lines[$first..$last]
        if ($block.Count -gt $MaxLines) { $block = @($block[0..($MaxLines - 2)]) + '...' }
        $match.Groups['head'].Value + ($block -join "`n") + $match.Groups['tail'].Value
    })
    if ($updated -ne $text -and $PSCmdlet.ShouldProcess($page.Name, 'Rewrite example output blocks')) {
        [System.IO.File]::WriteAllText($page.FullName, $updated)
        Write-Verbose "Updated $($page.Name)"
    }
}
