using System.Collections.Generic;
using EnodePS.Client.Models;

namespace EnodePS.Client.Provisioning
{
    /// <summary>A tariff as a provisioning file declares it.</summary>
    public sealed class DesiredTariff
    {
        public string Path { get; set; } = "";
        public string Id { get; set; } = "";
        public List<TariffRate> Rates { get; set; } = new List<TariffRate>();
    }
}
