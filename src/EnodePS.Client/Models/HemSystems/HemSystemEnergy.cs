namespace EnodePS.Client.Models
{
    public sealed class HemSystemEnergy
    {
        /// <summary>Totals from local midnight to the last update.</summary>
        public HemSystemEnergyTotals Today { get; set; } = new HemSystemEnergyTotals();
    }
}
