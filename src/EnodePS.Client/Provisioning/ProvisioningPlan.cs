using System.Collections.Generic;
using System.Linq;
using EnodePS.Client.Models;

namespace EnodePS.Client.Provisioning
{
    /// <summary>Every resource a provisioning file touches, in the order to apply them: tariffs, schedules, webhooks, deletions.</summary>
    public sealed class ProvisioningPlan
    {
        internal ProvisioningPlan(IReadOnlyList<ProvisioningStep> steps) { Steps = steps; }

        public IReadOnlyList<ProvisioningStep> Steps { get; }

        public bool HasChanges => Steps.Any(s => s.Action != ProvisioningAction.Unchanged);
    }
}
