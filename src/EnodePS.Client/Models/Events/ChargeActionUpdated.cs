using System.Collections.Generic;

namespace EnodePS.Client.Models.Events
{
    /// <summary>
    /// user:charge-action:updated: the name user:vendor-action:updated had before it covered every device (the
    /// reference's event list still names it). A charging action changed state; <see cref="ChargeAction"/> is the
    /// same model Get-EnodeAction writes.
    /// </summary>
    public sealed class ChargeActionUpdated : UserEvent
    {
        public VendorAction ChargeAction { get; set; } = new VendorAction();

        public List<string> UpdatedFields { get; set; } = new List<string>();
    }
}
