using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests.Support
{
    /// <summary>The documented fields of a webhook event, from the repository's spec/webhook-events.json.</summary>
    public static class WebhookEventFields
    {
        public static IReadOnlyList<string> Of(string eventName)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(SpecFiles.Combine("spec", "webhook-events.json")));
            var entry = document.RootElement.EnumerateArray().Single(e => e.GetProperty("event").GetString() == eventName);
            return entry.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        }
    }
}
