using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using EnodePS.Client.Webhooks;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>Reads the PowerShell forms of webhook parameters: -AuthenticationHeader @{ 'X-Api-Key' = $secureValue }.</summary>
    internal static class WebhookParameters
    {
        public const string AuthenticationHeaderHelp =
            "give one header as a hashtable of its name and a SecureString value, e.g. @{ 'X-Api-Key' = (Read-Host -AsSecureString) }.";

        /// <summary>The header, or throws ArgumentException naming -AuthenticationHeader and saying what it takes.</summary>
        public static WebhookHeader Header(IDictionary table)
        {
            if (table.Count != 1) throw new ArgumentException("-AuthenticationHeader: " + AuthenticationHeaderHelp, "AuthenticationHeader");
            foreach (DictionaryEntry entry in table)
            {
                var name = Convert.ToString(Unwrap(entry.Key), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                if (!(Unwrap(entry.Value) is SecureString value))
                    throw new ArgumentException(
                        $"-AuthenticationHeader: the value of '{name}' must be a SecureString (ConvertTo-SecureString, Read-Host -AsSecureString or Get-Secret), so that it stays out of logs and history.",
                        "AuthenticationHeader");
                try
                {
                    return new WebhookHeader(name, value);
                }
                catch (Client.Validation.EnodeValidationException invalid)
                {
                    throw new Client.Validation.EnodeValidationException("AuthenticationHeader", invalid.ParameterName == "name" ? name : "(the header's value)", invalid.Allowed);
                }
            }
            throw new ArgumentException("-AuthenticationHeader: " + AuthenticationHeaderHelp, "AuthenticationHeader");
        }

        /// <summary>What Set-, Test- and Unregister-EnodeWebhook take from the pipeline: a webhook, Register-EnodeWebhook's result, or an id string.</summary>
        public static List<PipelineRule> PipedWebhook(Action<string> bind) =>
            new List<PipelineRule>(PipelineRule.ForKind("Webhook", "-Id", bind)) { PipelineRule.For("WebhookRegistration", "Id", "-Id", bind) };

        public static object? Unwrap(object? value) => value is PSObject ps ? ps.BaseObject : value;
    }
}
