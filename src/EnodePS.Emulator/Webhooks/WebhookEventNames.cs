using System;
using System.Collections.Generic;

namespace EnodePS.Emulator.Webhooks
{
    /// <summary>The events a webhook can subscribe to, as the reference's POST /webhooks lists them.</summary>
    public static class WebhookEventNames
    {
        public const string All = "*";
        public const string Test = "enode:webhook:test";

        public static readonly IReadOnlyList<string> Subscribable = new[]
        {
            "*",
            "user:vehicle:discovered", "user:vehicle:updated", "user:vehicle:deleted",
            "user:vehicle:smart-charging-status-updated", "user:charge-action:updated", "user:vendor-action:updated",
            "user:schedule:execution-updated",
            "user:charger:discovered", "user:charger:updated", "user:charger:deleted",
            "user:hvac:discovered", "user:hvac:updated", "user:hvac:deleted",
            "user:inverter:discovered", "user:inverter:updated", "user:inverter:deleted", "user:inverter:statistics-updated",
            "user:credentials:invalidated",
            "user:battery:discovered", "user:battery:updated", "user:battery:deleted",
            "enode:webhook:test",
            "user:meter:discovered", "user:meter:updated", "user:meter:deleted",
            "flex:session:updated",
        };

        private static readonly HashSet<string> Known = new HashSet<string>(Subscribable, StringComparer.Ordinal);

        public static bool IsSubscribable(string name) => Known.Contains(name);
    }
}
