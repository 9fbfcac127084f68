using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:vendor-action:updated: an action (charging, max current, HVAC, operation mode...) changed state.
    /// <see cref="VendorAction"/> is the same model Get-EnodeAction and Wait-EnodeAction write.
    /// </summary>
    public sealed class VendorActionUpdated : UserEvent
    {
        public VendorAction VendorAction { get; set; } = new VendorAction();

        public List<string> UpdatedFields { get; set; } = new List<string>();
    }
}
