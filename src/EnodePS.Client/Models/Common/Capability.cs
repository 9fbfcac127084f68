using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>Whether a device can do one thing, and if not, which interventions would make it able to.</summary>
    public sealed class Capability
    {
        public bool IsCapable { get; set; }
        public List<string> InterventionIds { get; set; } = new List<string>();

        public override string ToString() => IsCapable ? "Capable" : InterventionIds.Count == 0 ? "Not capable" : "Not capable (" + string.Join(", ", InterventionIds) + ")";
    }
}
