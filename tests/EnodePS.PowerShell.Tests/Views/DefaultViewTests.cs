using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Views
{
    /// <summary>
    /// Every default view in EnodePS.format.ps1xml, rendered in a real runspace over objects the cmdlets return from the
    /// emulator: tables fit 120 columns with every column shown and filled, ids and URLs whole, headers whole at 80
    /// columns, every column label a property (so Where-Object/Sort-Object/Select-Object take what the table shows), and
    /// lists that show values rather than type names.
    /// </summary>
    public class DefaultViewTests
    {
        /// <summary>View name -> a script that makes the emulator return objects of that view's type through the cmdlets.</summary>
        public static readonly IReadOnlyDictionary<string, string> Producers = new Dictionary<string, string>
        {
            ["EnodePS.Vehicle"] = "Get-EnodeVehicle -First 6",
            ["EnodePS.Charger"] = "Get-EnodeCharger -First 5",
            ["EnodePS.Hvac"] = "Get-EnodeHvac -First 5",
            ["EnodePS.Inverter"] = "Get-EnodeInverter -First 5",
            ["EnodePS.Battery"] = "Get-EnodeBattery -First 5",
            ["EnodePS.Meter"] = "Get-EnodeMeter -First 5",
            ["EnodePS.HemSystem"] = "Get-EnodeHemSystem -First 5",
            ["EnodePS.InverterStatisticsSample"] = "Get-EnodeInverterStatistics -Id (Get-EnodeInverter -First 1).Id -From (Get-Date).AddDays(-1) | Select-Object -First 6",
            ["EnodePS.HemSystemStatisticsSample"] = "Get-EnodeHemSystemStatistics -Id (Get-EnodeHemSystem -First 1).Id -From (Get-Date).AddDays(-1) | Select-Object -First 6",
            ["EnodePS.Intervention"] = "Get-EnodeIntervention | Select-Object -First 6",
            ["EnodePS.Integration"] = "Get-EnodeIntegration | Select-Object -First 6",
            ["EnodePS.VendorHealth"] = "Get-EnodeHealth -VendorType charger, vehicle | Select-Object -First 6",
            ["EnodePS.ServiceReadiness"] = "Get-EnodeHealth",
            ["EnodePS.EnodeConnection"] = "Get-EnodeConnection",
            ["EnodePS.RunningEmulator"] = "$e = Start-EnodeEmulator -Port 0 -Confirm:$false; $e | Stop-EnodeEmulator -Confirm:$false; $e",
            ["EnodePS.EnodeRequestOption"] = "Get-EnodeRequestOption",
            ["EnodePS.Webhook"] = "Register-EnodeWebhook -Url 'https://hooks.example.com/enode/production/receiver-endpoint' -Secret (ConvertTo-SecureString 'a-long-webhook-secret-1234' -AsPlainText -Force) -Event 'user:vehicle:updated' | Out-Null; Get-EnodeWebhook",
            ["EnodePS.WebhookRegistration"] = "Register-EnodeWebhook -Url 'https://hooks.example.com/enode/staging/receiver-endpoint' -Secret (ConvertTo-SecureString 'a-long-webhook-secret-1234' -AsPlainText -Force)",
            ["EnodePS.WebhookTestResult"] = "$w = Register-EnodeWebhook -Url 'https://hooks.example.com/enode/receiver' -Secret (ConvertTo-SecureString 'a-long-webhook-secret-1234' -AsPlainText -Force); Test-EnodeWebhook -Id $w.Id -WarningAction SilentlyContinue",
            ["EnodePS.Tariff"] = "Set-EnodeTariff -Id 'home-tou' -Rate @{ PEAK = 0.35; OFF_PEAK = 0.12 } -PassThru",
            ["EnodePS.TariffRate"] = "(Set-EnodeTariff -Id 'home-tou' -Rate @{ PEAK = 0.35; OFF_PEAK = 0.12 } -PassThru).Rates",
            ["EnodePS.LocationTariffEntry"] = "Set-EnodeTariff -Id 'home-tou' -Rate @{ PEAK = 0.35; OFF_PEAK = 0.12 } | Out-Null; $l = New-EnodeLocation -UserId (Get-EnodeUser -First 1).Id -Name 'Home' -Latitude 59.91 -Longitude 10.75; Set-EnodeLocationTariff -LocationId $l.Id -TariffId 'home-tou' -Interval @{ Name = 'OFF_PEAK'; From = '22:00'; To = '07:00' }, @{ Name = 'PEAK'; From = '07:00'; To = '22:00' } -PassThru | Select-Object -First 6",
            ["EnodePS.ProvisioningResult"] = "$env:ENODE_VIEWS_SECRET = 'a-long-webhook-secret-1234'; $path = Join-Path ([IO.Path]::GetTempPath()) ('enode-views-' + [guid]::NewGuid() + '.psd1'); Set-Content $path \"@{ Webhooks = @(@{ Url = 'https://hooks.example.com/enode/production/receiver'; Secret = 'env:ENODE_VIEWS_SECRET' }); Tariffs = @(@{ Id = 'home-tou'; Rates = @{ PEAK = 0.35; OFF_PEAK = 0.12 } }) }\"; try { Invoke-EnodeProvisioning -Path $path -Confirm:$false } finally { Remove-Item $path }",
            ["EnodePS.WebhookEvent"] = "ConvertFrom-EnodeWebhookPayload -Body '[{\"event\":\"user:vehicle:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"9f2d5a7e-3c1b-4e8f-a6d2-1b7c9e0f4a3d\"},\"vehicle\":{\"id\":\"0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\"},\"updatedFields\":[]}]'",
            // GET /users answers createdAt and scopes, GET /users/{id} linked vendors: a table of both fills every column
            ["EnodePS.User"] = "$id = (Get-EnodeUser -First 1).Id; Complete-EnodeEmulatorLink -UserId $id -VendorType charger -Confirm:$false | Out-Null; Get-EnodeUser -First 3; Get-EnodeUser -Id $id",
            ["EnodePS.LinkedVendor"] = "$u = Get-EnodeUser -First 1; Complete-EnodeEmulatorLink -UserId $u.Id -VendorType charger -Confirm:$false | Out-Null; (Get-EnodeUser -Id $u.Id).LinkedVendors",
            ["EnodePS.LinkSession"] = "New-EnodeLinkSession -UserId (Get-EnodeUser -First 1).Id -Scope 'vehicle:read:data', 'vehicle:control:charging' -RedirectUri 'https://app.example.com/enode/link/callback' -VendorType vehicle",
            ["EnodePS.Location"] = "New-EnodeLocation -UserId (Get-EnodeUser -First 1).Id -Name 'Cabin by the fjord' -Latitude 60.391 -Longitude 5.322 -TimezoneName 'Europe/Oslo'",
            ["EnodePS.Schedule"] = "Get-EnodeVehicle -First 1 | New-EnodeSchedule -Enabled -Rule (New-EnodeScheduleRule -From '22:00' -To '06:00' -ShouldCharge -Weekday Mon, Tue)",
            ["EnodePS.ScheduleRule"] = "New-EnodeScheduleRule -From '22:00' -To '06:00' -ShouldCharge -Weekday Mon, Tue; New-EnodeScheduleRule -FromTimestamp '2024-12-24T08:00:00Z' -ToTimestamp '2024-12-26T08:00:00Z'",
            ["EnodePS.ScheduleStatus"] = "$s = Get-EnodeVehicle -First 1 | New-EnodeSchedule -Enabled -Rule (New-EnodeScheduleRule -From '22:00' -To '06:00' -ShouldCharge); Get-EnodeScheduleStatus -Id $s.Id",
            ["EnodePS.SmartChargingPolicy"] = "$v = Get-EnodeVehicle -First 3; Set-EnodeSmartChargingPolicy -VehicleId $v[0].Id -Enabled -Deadline '07:00' -Confirm:$false; Get-EnodeSmartChargingPolicy -VehicleId $v.Id",
            ["EnodePS.SmartChargingPlan"] = "$v = Get-EnodeVehicle | Where-Object { $_.IsPluggedIn -and $_.BatteryLevel -lt $_.ChargeLimit } | Select-Object -First 3; $v | Set-EnodeSmartChargingPolicy -Enabled -Deadline '07:00' -Confirm:$false; $v | Get-EnodeSmartChargingPlan",
            ["EnodePS.SmartChargingStatus"] = "$v = Get-EnodeVehicle | Where-Object { $_.IsPluggedIn -and $_.BatteryLevel -lt $_.ChargeLimit } | Select-Object -First 3; $v | Set-EnodeSmartChargingPolicy -Enabled -Deadline '07:00' -Confirm:$false; $v | Get-EnodeSmartChargingStatus",
            ["EnodePS.SmartOverride"] = "Get-EnodeVehicle -First 2 | Start-EnodeSmartOverride -Confirm:$false",
            ["EnodePS.ChargingStatistics"] = "Get-EnodeVehicle -First 1 | Get-EnodeChargingStatistics -StartDate (Get-Date).AddDays(-5) | Select-Object -First 6",
            ["EnodePS.ChargingSession"] = "Get-EnodeVehicle -First 1 | Get-EnodeChargingSession -StartDate (Get-Date).AddDays(-7) | Select-Object -First 6",
            ["EnodePS.Emulator.EmulatorLinkedDevice"] = "Complete-EnodeEmulatorLink -UserId (Get-EnodeUser -First 1).Id -VendorType charger -DeviceCount 2 -Confirm:$false",
            ["EnodePS.VendorAction"] = "Get-EnodeVehicle -First 6 | Start-EnodeCharging -Wait -Confirm:$false -ErrorAction SilentlyContinue",
        };

        private static readonly Regex Guid = new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.IgnoreCase);
        private static readonly Regex Url = new Regex("^https?://\\S+$");
        private static readonly Regex BareTypeName = new Regex(@":\s+(EnodePS|System)\.[\w.`\[\]]+\s*$");

        public static TheoryData<string> Views()
        {
            var data = new TheoryData<string>();
            foreach (var view in FormatViews()) data.Add(view.Name);
            return data;
        }

        [Fact]
        public void Every_view_in_the_format_file_has_a_producer()
        {
            var missing = FormatViews().Select(v => v.Name).Where(name => !Producers.ContainsKey(name)).ToList();
            Assert.True(missing.Count == 0, "Views without a producer in DefaultViewTests.Producers: " + string.Join(", ", missing));
            var stale = Producers.Keys.Except(FormatViews().Select(v => v.Name)).ToList();
            Assert.True(stale.Count == 0, "Producers for views the format file no longer has: " + string.Join(", ", stale));
        }

        [Theory]
        [MemberData(nameof(Views))]
        public void Default_view_fits_and_shows_properties(string viewName)
        {
            var view = FormatViews().Single(v => v.Name == viewName);
            using var session = new PowerShellSession();
            var produced = session.Run("$viewObjects = @(" + Producers[viewName] + "); $viewObjects").AssertSucceeded();
            Assert.True(produced.Output.Count > 0, viewName + ": the producer wrote nothing");
            Assert.All(produced.Output, o => Assert.True(o.TypeNames.Intersect(view.TypeNames).Any(),
                $"{viewName}: the producer wrote a {o.TypeNames[0]}, which the view does not select"));

            var list = Render(session, "$viewObjects | Select-Object -First 2 | Format-List | Out-String -Width 120");
            var typeNameLines = list.Split('\n').Where(line => BareTypeName.IsMatch(line)).ToList();
            Assert.True(typeNameLines.Count == 0, $"{viewName}: Format-List shows type names instead of values:\n{string.Join("\n", typeNameLines)}\n{list}");

            if (view.Labels.Count == 0) return; // a list view only

            var cells = session.Run(
                "foreach ($o in $viewObjects) { foreach ($label in $labels) { $p = $o.PSObject.Properties[$label]; " +
                "[pscustomobject]@{ Label = $label; IsProperty = $null -ne $p; Value = if ($null -ne $p -and $null -ne $p.Value) { ($p.Value | ForEach-Object { \"$_\" }) -join ', ' } else { '' } } } }",
                new { labels = view.Labels.ToArray() }).AssertSucceeded().Output
                .Select(o => (Label: (string)o.Properties["Label"].Value, IsProperty: (bool)o.Properties["IsProperty"].Value, Value: (string)o.Properties["Value"].Value))
                .ToList();
            var notProperties = cells.Where(c => !c.IsProperty).Select(c => c.Label).Distinct().ToList();
            Assert.True(notProperties.Count == 0, $"{viewName}: column labels that are not properties of the object: {string.Join(", ", notProperties)}");
            var emptyColumns = view.Labels.Where(label => cells.Where(c => c.Label == label).All(c => c.Value.Length == 0)).ToList();
            Assert.True(emptyColumns.Count == 0, $"{viewName}: columns empty in every row: {string.Join(", ", emptyColumns)}");

            var wide = Render(session, "$viewObjects | Format-Table | Out-String -Width 120");
            var wideHeader = HeaderLines(wide, out var wideHeaderLine);
            Assert.True(wideHeader == 1, $"{viewName}: the header wraps at 120 columns:\n{wide}");
            Assert.True(wideHeaderLine.TrimEnd().Length <= 120, $"{viewName}: the header is wider than 120 columns:\n{wide}");
            Assert.Equal(view.Labels, wideHeaderLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            foreach (var cell in cells.Where(c => Guid.IsMatch(c.Value) || Url.IsMatch(c.Value)))
                Assert.True(wide.Contains(cell.Value), $"{viewName}: {cell.Label} '{cell.Value}' is cut off at 120 columns:\n{wide}");
            Assert.All(wide.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 120, $"{viewName}: a line is wider than 120 columns:\n{wide}"));

            // An 80-column terminal (or a CI log, where a redirected pwsh assumes 80) gives tables 79 columns: the console
            // host leaves the last column of the buffer unused. Out-String -Width 80 is checked too.
            foreach (var width in new[] { 80, 79 })
            {
                var narrow = Render(session, $"$viewObjects | Format-Table | Out-String -Width {width}");
                var narrowHeader = HeaderLines(narrow, out var narrowHeaderLine);
                Assert.True(narrowHeader == 1, $"{viewName}: the header breaks at {width} columns:\n{narrow}");
                var shown = narrowHeaderLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(view.Labels.Take(shown.Length), shown);
            }
        }

        private static string Render(PowerShellSession session, string script) =>
            string.Concat(session.Run(script).AssertSucceeded().Output.Select(o => o.BaseObject.ToString())).Replace("\r", "");

        /// <summary>How many lines the table's header takes before its underline, and the first of them.</summary>
        private static int HeaderLines(string table, out string headerLine)
        {
            var lines = table.Split('\n').SkipWhile(line => line.Trim().Length == 0).ToList();
            headerLine = lines.FirstOrDefault() ?? "";
            var underline = lines.FindIndex(line => line.Trim().Length > 0 && line.Trim().All(c => c == '-' || c == ' '));
            return underline;
        }

        private sealed record FormatView(string Name, IReadOnlyList<string> TypeNames, IReadOnlyList<string> Labels);

        /// <summary>The format file's views by name (a type's table and list views share its name).</summary>
        private static IReadOnlyList<FormatView> FormatViews() =>
            XDocument.Load(Path.Combine(ModulePaths.ModuleRoot, "EnodePS.format.ps1xml")).Descendants("View")
                .GroupBy(v => (string)v.Element("Name")!)
                .Select(views => new FormatView(
                    views.Key,
                    views.SelectMany(v => v.Element("ViewSelectedBy")!.Elements("TypeName")).Select(t => (string)t).Distinct().ToList(),
                    views.SelectMany(v => v.Descendants("TableColumnHeader")).Select(h => (string)h.Element("Label")!).ToList()))
                .ToList();
    }
}
