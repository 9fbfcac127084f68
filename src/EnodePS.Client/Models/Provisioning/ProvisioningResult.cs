using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>One resource of a provisioning run: what it needed, and what happened.</summary>
    public sealed class ProvisioningResult
    {
        public ProvisioningResult(string resourceType, string resource, ProvisioningAction action, ProvisioningOutcome outcome,
            IReadOnlyList<string> changes, string? id, string? message)
        {
            ResourceType = resourceType;
            Resource = resource;
            Action = action;
            Outcome = outcome;
            Changes = changes;
            Id = id;
            Message = message;
        }

        /// <summary>Webhook, Tariff or LocationTariff.</summary>
        public string ResourceType { get; }

        /// <summary>The webhook's URL, the tariff's id, or the location's id.</summary>
        public string Resource { get; }
        public ProvisioningAction Action { get; }
        public ProvisioningOutcome Outcome { get; }

        /// <summary>Each difference found, e.g. "events: * -> user:vehicle:updated" or "PEAK: 0.30 -> 0.35".</summary>
        public IReadOnlyList<string> Changes { get; }

        /// <summary>The resource's id where it has one (a webhook's id), when known.</summary>
        public string? Id { get; }

        /// <summary>Why it failed, or a note worth reading (an inactive webhook).</summary>
        public string? Message { get; }

        public override string ToString() => $"{ResourceType} {Resource}: {Action} ({Outcome})";
    }
}
