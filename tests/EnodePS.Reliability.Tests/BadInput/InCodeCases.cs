using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EnodePS.Client;
using EnodePS.Client.Paging;
using EnodePS.Client.Resources;
using EnodePS.Reliability.Tests.Support;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// Every validation done in code (cmdlet or client) that a user can reach with a bad parameter value, as the
    /// PowerShell a user would type. Rows name their cmdlet: a row is in the table only when its cmdlet is in the
    /// module. Append a row for each new check (times as HH:mm, https-only webhook URLs, overlapping intervals, ...):
    /// <see cref="InCodeValidationTests"/> runs each one and asserts the error and that nothing was sent.
    /// </summary>
    public static class InCodeCases
    {
        private const string HttpsHook = "https://hooks.example.test/enode";
        private static readonly string[] DeviceTypeNames = DeviceTypes.All.ToArray();

        public static IReadOnlyList<BadInputCase> All => Built.Value;
        private static readonly Lazy<IReadOnlyList<BadInputCase>> Built = new Lazy<IReadOnlyList<BadInputCase>>(Build);

        public static BadInputCase Named(string name) => All.Single(c => c.Name == name);

        private static IReadOnlyList<BadInputCase> Build()
        {
            var maxRetries = RequestOptions.MaxRetriesLimit.ToString(CultureInfo.InvariantCulture);
            var rows = new List<BadInputCase?>
            {
                // Allowed-value lists checked against the client's list (PowerShell's ValidateSet is not there for .NET callers
                // nor for values that pass it by case, so the cmdlets check again and say what is allowed).
                Row("Get-EnodeIntervention -DeviceType boat", "DeviceType", DeviceTypeNames),
                Row("Get-EnodeIntervention -Language xx-XX", "Language", InterventionsResource.Languages.ToArray()),
                Row("Get-EnodeHealth -DeviceType vehicle,boat", "DeviceType", DeviceTypeNames),
                Row("Get-EnodeIntegration -DeviceType boat", "DeviceType", DeviceTypeNames),
                Row("Request-EnodeDataRefresh -Id x -DeviceType boat", "DeviceType", DeviceTypeNames,
                    "Request-EnodeDataRefresh -Id $vehicleId -DeviceType boat", c => new Dictionary<string, object?> { ["vehicleId"] = c.FirstId(s => s.Vehicles) }),
                Row("Request-EnodeDataRefresh -InputObject 'not a device'", "InputObject", new[] { "Vehicle", "Charger", "Hvac", "Inverter", "Battery", "Meter" }, perItem: true),

                // Statistics: resolution/interval and the order of the date range.
                Row("Get-EnodeInverterStatistics -Resolution HOUR", "Resolution", InverterStatisticsResolution.All.ToArray(),
                    "Get-EnodeInverterStatistics -Id $inverterId -StartTime 2025-05-01 -Resolution HOUR", c => new Dictionary<string, object?> { ["inverterId"] = c.FirstId(s => s.Inverters) }),
                Row("Get-EnodeInverterStatistics -StartTime 2025-05-10 -EndTime 2025-05-01", "EndTime", new[] { "2025-05-10" },
                    "Get-EnodeInverterStatistics -Id $inverterId -StartTime 2025-05-10 -EndTime 2025-05-01", c => new Dictionary<string, object?> { ["inverterId"] = c.FirstId(s => s.Inverters) }),
                Row("Get-EnodeHemSystemStatistics -Resolution WEEK", "Resolution", HemSystemStatisticsInterval.All.ToArray(),
                    "Get-EnodeHemSystemStatistics -Id $hemId -StartTime 2025-05-01 -Resolution WEEK", c => new Dictionary<string, object?> { ["hemId"] = c.FirstId(s => s.HemSystems) }),
                Row("Get-EnodeHemSystemStatistics -StartTime 2025-05-10 -EndTime 2025-05-01", "EndTime", new[] { "2025-05-10" },
                    "Get-EnodeHemSystemStatistics -Id $hemId -StartTime 2025-05-10 -EndTime 2025-05-01", c => new Dictionary<string, object?> { ["hemId"] = c.FirstId(s => s.HemSystems) }),

                // Invoke-EnodeRequest: -All only pages GETs.
                Row("Invoke-EnodeRequest /vehicles -Method POST -All", "All", new[] { "GET" }),
                // Invoke-EnodeRequest: a body only with POST, PUT and PATCH, and a JSON text body must be JSON.
                Row("Invoke-EnodeRequest /vehicles -Body @{ a = 1 }", "Body", new[] { "POST, PUT and PATCH", "-Query" }),
                Row("Invoke-EnodeRequest /webhooks -Method POST -Body '{'", "Body", new[] { "a JSON text" }),

                // Request options: ranges checked by the client's RequestOptions.
                Row("Set-EnodeRequestOption", "MaxRetries", new[] { "-MaxRetries", "-MaxRetryWaitSeconds", "-TimeoutSeconds" }),
                Row($"Set-EnodeRequestOption -MaxRetries {RequestOptions.MaxRetriesLimit + 1}", "MaxRetries", new[] { "0", maxRetries }),
                Row("Set-EnodeRequestOption -MaxRetries -1", "MaxRetries", new[] { "0", maxRetries }),
                Row("Set-EnodeRequestOption -MaxRetryWaitSeconds -1", "MaxRetryWaitSeconds", new[] { "from 0", "3600" }),
                Row("Set-EnodeRequestOption -MaxRetryWaitSeconds ([double]::NaN)", "MaxRetryWaitSeconds", new[] { "from 0", "3600" }),
                Row("Set-EnodeRequestOption -TimeoutSeconds 0", "TimeoutSeconds", new[] { "more than 0", "3600" }),
                Row("Set-EnodeRequestOption -TimeoutSeconds 3601", "TimeoutSeconds", new[] { "more than 0", "3600" }),

                // Start-EnodeEmulator: checked before anything listens.
                Row("Start-EnodeEmulator -Port 70000", "Port", new[] { "1", "65535", "0" }),
                Row("Start-EnodeEmulator -Port -1", "Port", new[] { "1", "65535", "0" }),
                Row("Start-EnodeEmulator -UserCount 0", "UserCount", new[] { "1 or more" }),
                Row("Start-EnodeEmulator -VehicleCount -1", "VehicleCount", new[] { "0 or more" }),
                Row("Start-EnodeEmulator -TokenLifetimeSeconds 0", "TokenLifetimeSeconds", new[] { "more than 0 seconds" }),
                Row("Start-EnodeEmulator -ActionDelaySeconds -1", "ActionDelaySeconds", new[] { "0 or more seconds" }),
                Row("Start-EnodeEmulator -ActionTimeoutSeconds 0", "ActionTimeoutSeconds", new[] { "more than 0 seconds" }),

                // Connect-Enode: combinations PowerShell's parameter sets cannot rule out.
                Row("Connect-Enode -Emulator $e -ApiUrl ...", "ApiUrl", new[] { "-Emulator brings its own URLs" },
                    "Connect-Enode -Emulator $running -ApiUrl $apiUrl", c => new Dictionary<string, object?> { ["running"] = c.Running, ["apiUrl"] = c.Session.Loopback.ApiUrl }),
                Row("Connect-Enode -Emulator $e -Environment Sandbox", "Environment", new[] { "Emulator" },
                    "Connect-Enode -Emulator $running -Environment Sandbox", c => new Dictionary<string, object?> { ["running"] = c.Running }),
                Row("Connect-Enode -Emulator $stopped", "Emulator", new[] { "Start-EnodeEmulator" },
                    "Connect-Enode -Emulator $stopped", c => new Dictionary<string, object?> { ["stopped"] = c.Stopped }),
                Row("Connect-Enode -ClientId ... -ClientSecret ... -ApiUrl ... (no -TokenUrl)", "TokenUrl", new[] { "-ApiUrl", "-TokenUrl" },
                    "Connect-Enode -ClientId $clientId -ClientSecret (ConvertTo-SecureString $clientSecret -AsPlainText -Force) -ApiUrl $apiUrl",
                    c => new Dictionary<string, object?> { ["clientId"] = c.Emulator.ClientId, ["clientSecret"] = c.Emulator.RevealClientSecret(), ["apiUrl"] = c.Session.Loopback.ApiUrl }),
                Row("$env:ENODE_ENVIRONMENT = 'Staging'; Connect-Enode", "Environment", new[] { "Production", "Sandbox", "Emulator" },
                    "$env:ENODE_ENVIRONMENT = 'Staging'; try { Connect-Enode } finally { Remove-Item Env:ENODE_ENVIRONMENT }"),
                Row("Connect-Enode -Credential ([pscredential]::Empty)", "Credential", new[] { "client id" },
                    "Connect-Enode -Credential ([pscredential]::Empty) -ApiUrl $apiUrl -TokenUrl $tokenUrl",
                    c => new Dictionary<string, object?> { ["apiUrl"] = c.Session.Loopback.ApiUrl, ["tokenUrl"] = c.Session.Loopback.TokenUrl }),

                // Webhooks.
                Row("Register-EnodeWebhook -Url http://hooks.example.test/enode", "Url", new[] { "https://" }),
                Row("Receive-EnodeWebhook -Secret (an empty SecureString)", "Secret", new[] { "-Secret" },
                    "Receive-EnodeWebhook -Secret ([System.Security.SecureString]::new()) -Count 1"),
                // Disconnect-EnodeVendor: a piped linked vendor needs -UserId, and says its asset type.
                Row("[LinkedVendor without a user] | Disconnect-EnodeVendor", "UserId", new[] { "-UserId" },
                    "[pscustomobject]@{ PSTypeName = 'EnodePS.LinkedVendor'; Vendor = 'TESLA'; VendorType = 'vehicle' } | Disconnect-EnodeVendor -Confirm:$false"),
                Row("[LinkedVendor without a type] | Disconnect-EnodeVendor -UserId u", "DeviceType", new[] { "asset type" },
                    "[pscustomobject]@{ PSTypeName = 'EnodePS.LinkedVendor'; Vendor = 'TESLA' } | Disconnect-EnodeVendor -UserId u -Confirm:$false"),
                Row("Register-EnodeWebhook -Url ... -Event user:boat:updated", "Event", new[] { "user:vehicle:updated" },
                    $"Register-EnodeWebhook -Url {HttpsHook} -Event user:boat:updated"),
                Row("Register-EnodeWebhook -Url ... -AuthenticationHeader @{ 'X-Api-Key' = 'plain text' }", "AuthenticationHeader", new[] { "SecureString" },
                    $"Register-EnodeWebhook -Url {HttpsHook} -AuthenticationHeader @{{ 'X-Api-Key' = 'plain text' }}"),
                Row("Register-EnodeWebhook -Url ... -UpdateSecret (no -Secret)", "UpdateSecret", new[] { "-Secret" },
                    $"Register-EnodeWebhook -Url {HttpsHook} -UpdateSecret"),
                Row("Set-EnodeWebhook -Id x -Url http://hooks.example.test/enode", "Url", new[] { "https://" },
                    "Set-EnodeWebhook -Id webhook-1 -Url http://hooks.example.test/enode"),
                Row("Set-EnodeWebhook -Id x -Event user:boat:updated", "Event", new[] { "user:vehicle:updated" },
                    "Set-EnodeWebhook -Id webhook-1 -Event user:boat:updated"),
                Row("Set-EnodeWebhook -Id x -AuthenticationHeader @{...} -RemoveAuthentication", "RemoveAuthentication", new[] { "-AuthenticationHeader", "-RemoveAuthentication" },
                    "Set-EnodeWebhook -Id webhook-1 -AuthenticationHeader @{ 'X-Api-Key' = (ConvertTo-SecureString 'header-value' -AsPlainText -Force) } -RemoveAuthentication"),
                Row("Set-EnodeWebhook -Id x (nothing to change)", "Id", new[] { "-Url", "-Secret", "-Event" }, "Set-EnodeWebhook -Id webhook-1"),
                Row("ConvertFrom-EnodeWebhookPayload -Body @{ parsed = $true }", "Body", new[] { "string", "byte array" }),
                Row("ConvertFrom-EnodeWebhookPayload -Body '[]' -Signature sha1=... (no -Secret)", "Signature", new[] { "-Secret" },
                    "ConvertFrom-EnodeWebhookPayload -Body '[]' -Signature ('sha1=' + '0' * 40)"),
                Row("ConvertFrom-EnodeWebhookPayload -Body '[]' -Secret 42", "Secret", new[] { "SecureString" }),
                Row("Test-EnodeWebhookSignature -Body @{ parsed = $true } -Signature x -Secret s", "Body", new[] { "string", "byte array" },
                    "Test-EnodeWebhookSignature -Body @{ parsed = $true } -Signature x -Secret webhook-secret"),
                Row("Test-EnodeWebhookSignature -Body '[]' -Signature x -Secret 42", "Secret", new[] { "SecureString" }),

                // Tariffs.
                Row("Set-EnodeTariff -Id t -Rate 'not a rate'", "Rate", new[] { "name", "cost" }, "Set-EnodeTariff -Id tariff-1 -Rate 'not a rate'"),
                Row("Set-EnodeTariff -Id t -Rate (two rates named peak)", "Rate", new[] { "peak", "unique" },
                    "Set-EnodeTariff -Id tariff-1 -Rate @{ name = 'peak'; cost = '0.30' }, @{ name = 'peak'; cost = '0.20' }"),
                Row("Set-EnodeLocationTariff -Interval @{ name = 'peak'; from = '07:00'; to = '25:00' }", "Interval", new[] { "HH:mm" },
                    "Set-EnodeLocationTariff -LocationId location-1 -TariffId tariff-1 -Interval @{ name = 'peak'; from = '07:00'; to = '25:00' }"),
                Row("Set-EnodeLocationTariff -Interval (07:00-12:00 and 11:00-13:00)", "Interval", new[] { "overlap" },
                    "Set-EnodeLocationTariff -LocationId location-1 -TariffId tariff-1 -Interval @{ name = 'peak'; from = '07:00'; to = '12:00' }, @{ name = 'offpeak'; from = '11:00'; to = '13:00' }"),
                Row("Set-EnodeTariff -Id t -Path rates.json (PEAK twice)", "Path", new[] { "PEAK", "unique" },
                    "Set-EnodeTariff -Id tariff-1 -Path $ratesFile",
                    c => new Dictionary<string, object?> { ["ratesFile"] = c.File("rates.json", "[{\"name\":\"PEAK\",\"cost\":0.4},{\"name\":\"PEAK\",\"cost\":0.1}]") }),

                // Locations, schedules, smart charging, charging statistics.
                Row("Set-EnodeLocation -Id l (nothing to change)", "Name", new[] { "-Name", "-Latitude", "-Longitude", "-TimezoneName" }, "Set-EnodeLocation -Id location-1"),
                Row("Set-EnodeLocation -Id l -Latitude 91", "Latitude", new[] { "-90", "90" }, "Set-EnodeLocation -Id location-1 -Latitude 91"),
                Row("Set-EnodeLocation -Id l -Longitude -180.5", "Longitude", new[] { "-180", "180" }, "Set-EnodeLocation -Id location-1 -Longitude -180.5"),
                Row("Set-EnodeLocation -Id l -TimezoneName Mars/Olympus_Mons", "TimezoneName", new[] { "IANA", "Europe/Oslo" },
                    "Set-EnodeLocation -Id location-1 -TimezoneName Mars/Olympus_Mons"),
                Row("Set-EnodeSchedule -Id s -LocationId l -NoLocation", "NoLocation", new[] { "-LocationId", "-NoLocation" },
                    "Set-EnodeSchedule -Id schedule-1 -LocationId location-1 -NoLocation"),
                Row("Set-EnodeSchedule -Id s (nothing to change)", "Enabled", new[] { "-Enabled", "-Rule", "-LocationId" }, "Set-EnodeSchedule -Id schedule-1"),
                Row("Set-EnodeSmartChargingPolicy -VehicleId v (nothing to change)", "Enabled", new[] { "-Enabled", "-Deadline", "-MinimumChargeLimit" },
                    "Set-EnodeSmartChargingPolicy -VehicleId $vehicleId", c => new Dictionary<string, object?> { ["vehicleId"] = c.FirstId(s => s.Vehicles) }),
                Row("Set-EnodeSmartChargingPolicy -VehicleId v -Deadline 25:00", "Deadline", new[] { "HH:mm", "00:00", "23:59" },
                    "Set-EnodeSmartChargingPolicy -VehicleId $vehicleId -Deadline 25:00", c => new Dictionary<string, object?> { ["vehicleId"] = c.FirstId(s => s.Vehicles) }),
                Row("Set-EnodeSmartChargingPolicy -VehicleId v -MinimumChargeLimit 150", "MinimumChargeLimit", new[] { "0", "100" },
                    "Set-EnodeSmartChargingPolicy -VehicleId $vehicleId -MinimumChargeLimit 150", c => new Dictionary<string, object?> { ["vehicleId"] = c.FirstId(s => s.Vehicles) }),
                Row("Get-EnodeChargingStatistics -UserId u -DeviceType vehicle -StartTime 2024-10-02 -EndTime 2024-10-01", "EndTime", new[] { "-StartTime" },
                    "Get-EnodeChargingStatistics -UserId $userId -DeviceType vehicle -StartTime 2024-10-02T00:00:00Z -EndTime 2024-10-01T00:00:00Z",
                    c => new Dictionary<string, object?> { ["userId"] = c.FirstId(s => s.Users) }),
                Row("Get-EnodeChargingStatistics -DeviceType charger, given a vehicle", "DeviceType", new[] { "vehicle" },
                    "[pscustomobject]@{ PSTypeName = 'EnodePS.Vehicle'; Id = $vehicleId; UserId = $userId } | Get-EnodeChargingStatistics -DeviceType charger -StartTime 2024-10-01T00:00:00Z",
                    c => new Dictionary<string, object?> { ["vehicleId"] = c.FirstId(s => s.Vehicles), ["userId"] = c.FirstId(s => s.Users) }),

                // Control actions: device types checked in code, and the polling interval of Wait-EnodeAction.
                Row("Start-EnodeCharging -Id x -DeviceType hvac", "DeviceType", new[] { "vehicle", "charger" },
                    "Start-EnodeCharging -Id $hvacId -DeviceType hvac", c => new Dictionary<string, object?> { ["hvacId"] = c.FirstId(s => s.Hvacs) }),
                Row("Wait-EnodeAction -Id x -DeviceType boat", "DeviceType", new[] { "vehicle", "charger", "hvac", "battery" }, "Wait-EnodeAction -Id action-1 -DeviceType boat"),
                Row("Wait-EnodeAction -Id x -DeviceType vehicle -PollIntervalSeconds 0.01", "PollIntervalSeconds", new[] { "0.05", "300" },
                    "Wait-EnodeAction -Id action-1 -DeviceType vehicle -PollIntervalSeconds 0.01"),
            };

            // Every list cmdlet (found from its class, so new ones are covered): the client's paging options check -PageSize.
            foreach (var command in CommandCatalog.All.Where(c => IsListCmdlet(c.ImplementingType)))
                foreach (var pageSize in new[] { 0, PageOptions.MaxPageSize + 1 })
                    rows.Add(new BadInputCase($"{command.Name} -PageSize {pageSize}", command.Name, "PageSize",
                        new[] { "1", PageOptions.MaxPageSize.ToString(CultureInfo.InvariantCulture) }, context => WithPageSize(command, pageSize, context)));
            return rows.Where(r => r != null).Select(r => r!).ToList();
        }

        /// <summary>A row for the cmdlet the command line starts with, or null when the module has no such cmdlet.</summary>
        private static BadInputCase? Row(string name, string parameter, string[] allowed, string? script = null,
            Func<BadInputContext, IDictionary<string, object?>>? variables = null, bool perItem = false)
        {
            var cmdlet = name.Split(' ').First(w => w.Contains('-') && char.IsUpper(w[0]));
            if (CommandCatalog.Find(cmdlet) == null) return null;
            return new BadInputCase(name, cmdlet, parameter, allowed,
                context => (script ?? name, variables?.Invoke(context) ?? new Dictionary<string, object?>())) { PerItem = perItem };
        }

        private static bool IsListCmdlet(Type type)
        {
            for (var t = type.BaseType; t != null; t = t.BaseType)
                if (t.IsGenericType && t.GetGenericTypeDefinition().Name == "ListCmdlet`1") return true;
            return false;
        }

        /// <summary>The list cmdlet with its List set's mandatory parameters (a user id, say) filled, and the bad page size.</summary>
        private static (string, IDictionary<string, object?>) WithPageSize(ModuleCommand command, int pageSize, BadInputContext context)
        {
            var filled = ParameterFiller.Fill(command, "List", context);
            if (filled.Skipped != null) throw new InvalidOperationException($"{command.Name}: {filled.Skipped}");
            filled.Add("-PageSize", pageSize.ToString(CultureInfo.InvariantCulture));
            return (filled.Line, filled.Variables);
        }
    }
}
