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
    /// In-code checks of cmdlets this branch may be built without (the webhook and tariff cmdlets of another branch),
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
