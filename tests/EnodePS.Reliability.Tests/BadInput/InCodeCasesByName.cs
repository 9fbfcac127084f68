using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using EnodePS.Client;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// In-code checks of cmdlets this branch may be built without (webhooks, tariffs, locations, schedules, smart
    /// charging, charging statistics, control actions: built on other branches),
    /// named by their Verb-Noun and given their parameters by name, so that the table compiles either way: a row is
    /// in the table only when its cmdlet is in the module. Once every cmdlet here is on the same branch, these rows
    /// can become typed rows in <see cref="InCodeCases"/>.
    /// </summary>
    public static class InCodeCasesByName
    {
        private const string HttpsHook = "https://hooks.example.test/enode";

        public static IEnumerable<BadInputCase> All()
        {
            var rows = new[]
            {
                Row("Register-EnodeWebhook -Url http://hooks.example.test/enode", "Register-EnodeWebhook", "Url", new[] { "https://" },
                    _ => new Dictionary<string, object?> { ["Url"] = "http://hooks.example.test/enode" }),
                Row("Register-EnodeWebhook -Url ... -Event user:boat:updated", "Register-EnodeWebhook", "Event", new[] { "user:vehicle:updated" },
                    _ => new Dictionary<string, object?> { ["Url"] = HttpsHook, ["Event"] = new[] { "user:boat:updated" } }),
                Row("Register-EnodeWebhook -Url ... -AuthenticationHeader @{ 'X-Api-Key' = 'plain text' }", "Register-EnodeWebhook", "AuthenticationHeader", new[] { "SecureString" },
                    _ => new Dictionary<string, object?> { ["Url"] = HttpsHook, ["AuthenticationHeader"] = new Hashtable { ["X-Api-Key"] = "plain text" } }),
                Row("Register-EnodeWebhook -Url ... -UpdateSecret (no -Secret)", "Register-EnodeWebhook", "UpdateSecret", new[] { "-Secret" },
                    _ => new Dictionary<string, object?> { ["Url"] = HttpsHook }, "UpdateSecret"),
                Row("Set-EnodeWebhook -Id x -Url http://hooks.example.test/enode", "Set-EnodeWebhook", "Url", new[] { "https://" },
                    _ => new Dictionary<string, object?> { ["Id"] = "webhook-1", ["Url"] = "http://hooks.example.test/enode" }),
                Row("Set-EnodeWebhook -Id x -Event user:boat:updated", "Set-EnodeWebhook", "Event", new[] { "user:vehicle:updated" },
                    _ => new Dictionary<string, object?> { ["Id"] = "webhook-1", ["Event"] = new[] { "user:boat:updated" } }),
                Row("Set-EnodeWebhook -Id x -AuthenticationHeader @{...} -RemoveAuthentication", "Set-EnodeWebhook", "RemoveAuthentication", new[] { "-AuthenticationHeader", "-RemoveAuthentication" },
                    _ => new Dictionary<string, object?> { ["Id"] = "webhook-1", ["AuthenticationHeader"] = new Hashtable { ["X-Api-Key"] = SecureStrings.FromPlain("header-value") } }, "RemoveAuthentication"),
                Row("Set-EnodeWebhook -Id x (nothing to change)", "Set-EnodeWebhook", "Id", new[] { "-Url", "-Secret", "-Event" },
                    _ => new Dictionary<string, object?> { ["Id"] = "webhook-1" }),
                Row("ConvertFrom-EnodeWebhookPayload -Body @{ parsed = $true }", "ConvertFrom-EnodeWebhookPayload", "Body", new[] { "string", "byte array" },
                    _ => new Dictionary<string, object?> { ["Body"] = new Hashtable { ["parsed"] = true } }),
                Row("ConvertFrom-EnodeWebhookPayload -Body '[]' -Signature sha1=... (no -Secret)", "ConvertFrom-EnodeWebhookPayload", "Signature", new[] { "-Secret" },
                    _ => new Dictionary<string, object?> { ["Body"] = "[]", ["Signature"] = "sha1=" + new string('0', 40) }),
                Row("ConvertFrom-EnodeWebhookPayload -Body '[]' -Secret 42", "ConvertFrom-EnodeWebhookPayload", "Secret", new[] { "SecureString" },
                    _ => new Dictionary<string, object?> { ["Body"] = "[]", ["Secret"] = 42 }),
                Row("Test-EnodeWebhookSignature -Body @{ parsed = $true } -Signature x -Secret s", "Test-EnodeWebhookSignature", "Body", new[] { "string", "byte array" },
                    _ => new Dictionary<string, object?> { ["Body"] = new Hashtable { ["parsed"] = true }, ["Signature"] = "x", ["Secret"] = "webhook-secret" }),
                Row("Test-EnodeWebhookSignature -Body '[]' -Signature x -Secret 42", "Test-EnodeWebhookSignature", "Secret", new[] { "SecureString" },
                    _ => new Dictionary<string, object?> { ["Body"] = "[]", ["Signature"] = "x", ["Secret"] = 42 }),
                Row("Set-EnodeTariff -Id t -Rate 'not a rate'", "Set-EnodeTariff", "Rate", new[] { "name", "cost" },
                    _ => new Dictionary<string, object?> { ["Id"] = "tariff-1", ["Rate"] = "not a rate" }, parameterSet: "Rates"),
                Row("Set-EnodeTariff -Id t -Rate (two rates named peak)", "Set-EnodeTariff", "Rate", new[] { "peak", "unique" },
                    _ => new Dictionary<string, object?> { ["Id"] = "tariff-1", ["Rate"] = new object[] { new Hashtable { ["name"] = "peak", ["cost"] = "0.30" }, new Hashtable { ["name"] = "peak", ["cost"] = "0.20" } } },
                    parameterSet: "Rates"),
                Row("Set-EnodeLocationTariff -Interval @{ name = 'peak'; from = '07:00'; to = '25:00' }", "Set-EnodeLocationTariff", "Interval", new[] { "HH:mm" },
                    c => new Dictionary<string, object?> { ["LocationId"] = "location-1", ["TariffId"] = "tariff-1", ["Interval"] = new Hashtable { ["name"] = "peak", ["from"] = "07:00", ["to"] = "25:00" } },
                    parameterSet: "Intervals"),
                Row("Set-EnodeLocationTariff -Interval (07:00-12:00 and 11:00-13:00)", "Set-EnodeLocationTariff", "Interval", new[] { "overlap" },
                    c => new Dictionary<string, object?>
                    {
                        ["LocationId"] = "location-1", ["TariffId"] = "tariff-1",
                        ["Interval"] = new object[] { new Hashtable { ["name"] = "peak", ["from"] = "07:00", ["to"] = "12:00" }, new Hashtable { ["name"] = "offpeak", ["from"] = "11:00", ["to"] = "13:00" } },
                    },
                    parameterSet: "Intervals"),
                Row("Set-EnodeTariff -Id t -Path rates.json (PEAK twice)", "Set-EnodeTariff", "Path", new[] { "PEAK", "unique" },
                    c => new Dictionary<string, object?> { ["Id"] = "tariff-1", ["Path"] = c.File("rates.json", "[{\"name\":\"PEAK\",\"cost\":0.4},{\"name\":\"PEAK\",\"cost\":0.1}]") },
                    parameterSet: "Path"),

                // Locations, schedules, smart charging, charging statistics.
                Row("Set-EnodeLocation -Id l (nothing to change)", "Set-EnodeLocation", "Name", new[] { "-Name", "-Latitude", "-Longitude", "-TimezoneName" },
                    c => new Dictionary<string, object?> { ["Id"] = "location-1" }),
                Row("Set-EnodeLocation -Id l -Latitude 91", "Set-EnodeLocation", "Latitude", new[] { "-90", "90" },
                    c => new Dictionary<string, object?> { ["Id"] = "location-1", ["Latitude"] = 91.0 }),
                Row("Set-EnodeLocation -Id l -Longitude -180.5", "Set-EnodeLocation", "Longitude", new[] { "-180", "180" },
                    c => new Dictionary<string, object?> { ["Id"] = "location-1", ["Longitude"] = -180.5 }),
                Row("Set-EnodeLocation -Id l -TimezoneName Mars/Olympus_Mons", "Set-EnodeLocation", "TimezoneName", new[] { "IANA", "Europe/Oslo" },
                    c => new Dictionary<string, object?> { ["Id"] = "location-1", ["TimezoneName"] = "Mars/Olympus_Mons" }),
                Row("Set-EnodeSchedule -Id s -LocationId l -NoLocation", "Set-EnodeSchedule", "NoLocation", new[] { "-LocationId", "-NoLocation" },
                    c => new Dictionary<string, object?> { ["Id"] = "schedule-1", ["LocationId"] = "location-1" }, "NoLocation"),
                Row("Set-EnodeSchedule -Id s (nothing to change)", "Set-EnodeSchedule", "Enabled", new[] { "-Enabled", "-Rule", "-LocationId" },
                    c => new Dictionary<string, object?> { ["Id"] = "schedule-1" }),
                Row("Set-EnodeSmartChargingPolicy -VehicleId v (nothing to change)", "Set-EnodeSmartChargingPolicy", "Enabled", new[] { "-Enabled", "-Deadline", "-MinimumChargeLimit" },
                    c => new Dictionary<string, object?> { ["VehicleId"] = new[] { c.FirstId(st => st.Vehicles) } }),
                Row("Set-EnodeSmartChargingPolicy -VehicleId v -Deadline 25:00", "Set-EnodeSmartChargingPolicy", "Deadline", new[] { "HH:mm", "00:00", "23:59" },
                    c => new Dictionary<string, object?> { ["VehicleId"] = new[] { c.FirstId(st => st.Vehicles) }, ["Deadline"] = "25:00" }),
                Row("Set-EnodeSmartChargingPolicy -VehicleId v -MinimumChargeLimit 150", "Set-EnodeSmartChargingPolicy", "MinimumChargeLimit", new[] { "0", "100" },
                    c => new Dictionary<string, object?> { ["VehicleId"] = new[] { c.FirstId(st => st.Vehicles) }, ["MinimumChargeLimit"] = 150.0 }),
                Row("Get-EnodeChargingStatistics -UserId u -Type vehicle -StartDate 2024-10-02 -EndDate 2024-10-01", "Get-EnodeChargingStatistics", "EndDate", new[] { "-StartDate" },
                    c => new Dictionary<string, object?>
                    {
                        ["UserId"] = c.FirstId(st => st.Users), ["Type"] = "vehicle",
                        ["StartDate"] = new DateTime(2024, 10, 2, 0, 0, 0, DateTimeKind.Utc), ["EndDate"] = new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc),
                    },
                    parameterSet: "User"),

                // Control actions: device types checked in code, and the polling interval of Wait-EnodeAction.
                Row("Start-EnodeCharging -Id x -Type hvac", "Start-EnodeCharging", "Type", new[] { "vehicle", "charger" },
                    c => new Dictionary<string, object?> { ["Id"] = new[] { c.FirstId(st => st.Hvacs) }, ["Type"] = "hvac" }, parameterSet: "ById"),
                Row("Wait-EnodeAction -Id x -Type boat", "Wait-EnodeAction", "Type", new[] { "vehicle", "charger", "hvac", "battery" },
                    c => new Dictionary<string, object?> { ["Id"] = new[] { "action-1" }, ["Type"] = "boat" }, parameterSet: "ById"),
                Row("Wait-EnodeAction -Id x -Type vehicle -PollIntervalSeconds 0.01", "Wait-EnodeAction", "PollIntervalSeconds", new[] { "0.05", "300" },
                    c => new Dictionary<string, object?> { ["Id"] = new[] { "action-1" }, ["Type"] = "vehicle", ["PollIntervalSeconds"] = 0.01 }, parameterSet: "ById"),
            };
            return rows.Where(r => r != null)!;
        }

        private static BadInputCase? Row(string name, string cmdlet, string parameter, string[] allowed, Func<BadInputContext, Dictionary<string, object?>> values,
            string? withSwitch = null, string? parameterSet = null)
        {
            var type = CmdletMetadata.CmdletTypes(typeof(EnodeCmdlet).Assembly).FirstOrDefault(t => CmdletMetadata.Read(t).Name == cmdlet);
            if (type == null) return null;
            return new BadInputCase(name, parameter, allowed, context =>
            {
                var instance = (EnodeCmdlet)Activator.CreateInstance(type)!;
                foreach (var pair in values(context))
                {
                    var property = type.GetProperty(pair.Key) ?? throw new InvalidOperationException($"{cmdlet} has no -{pair.Key}.");
                    property.SetValue(instance, pair.Value);
                }
                if (withSwitch != null) instance.SetSwitchPresent(withSwitch);
                return instance;
            }) { ParameterSet = parameterSet };
        }
    }
}
