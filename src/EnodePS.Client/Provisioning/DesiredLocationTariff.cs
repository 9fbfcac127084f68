using System.Collections.Generic;
using EnodePS.Client.Models;

namespace EnodePS.Client.Provisioning
{
    /// <summary>A location's tariff schedule as a provisioning file declares it.</summary>
    public sealed class DesiredLocationTariff
    {
        public string Path { get; set; } = "";
        public string LocationId { get; set; } = "";
        public string TariffId { get; set; } = "";
        public List<TariffInterval> Intervals { get; set; } = new List<TariffInterval>();
    }
}
