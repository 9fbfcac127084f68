using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Models;

namespace EnodePS.Client.Provisioning
{
    /// <summary>One resource of a plan: what it needs, and how to carry that out.</summary>
    public sealed class ProvisioningStep
    {
        private readonly Func<EnodeClient, CancellationToken, Task<string?>>? _apply;

        internal ProvisioningStep(string resourceType, string resource, ProvisioningAction action, IReadOnlyList<string> changes,
            string? id, string? note, Func<EnodeClient, CancellationToken, Task<string?>>? apply)
        {
            ResourceType = resourceType;
            Resource = resource;
            Action = action;
            Changes = changes;
            Id = id;
            Note = note;
            _apply = apply;
        }

        public string ResourceType { get; }
        public string Resource { get; }
        public ProvisioningAction Action { get; }
        public IReadOnlyList<string> Changes { get; }
        public string? Id { get; }
        public string? Note { get; }

        /// <summary>"Webhook https://...", for confirmations and errors.</summary>
        public string Target => ResourceType + " " + Resource;

        /// <summary>"Create", "Update (events: ...)" or "Delete", for -WhatIf.</summary>
        public string Description =>
            Changes.Count == 0 || Action == ProvisioningAction.Delete ? Action.ToString() : Action + " (" + string.Join("; ", Changes) + ")";

        /// <summary>Makes the change (nothing for Unchanged); returns the resource's id when it has one.</summary>
        public async Task<ProvisioningResult> ApplyAsync(EnodeClient client, CancellationToken cancellationToken)
        {
            if (_apply == null || Action == ProvisioningAction.Unchanged) return Result(ProvisioningOutcome.NoChange);
            var id = await _apply(client, cancellationToken).ConfigureAwait(false);
            return new ProvisioningResult(ResourceType, Resource, Action, ProvisioningOutcome.Succeeded, Changes, id ?? Id, Note);
        }

        public ProvisioningResult Result(ProvisioningOutcome outcome, string? message = null) =>
            new ProvisioningResult(ResourceType, Resource, Action, outcome, Changes, Id, message ?? Note);

        public override string ToString() => Target + ": " + Description;
    }
}
