using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>The body of PUT /locations/{locationId}/tariff.</summary>
    internal sealed class LocationTariffRequest
    {
        public string TariffId { get; set; } = "";
        public List<TariffInterval> TariffIntervals { get; set; } = new List<TariffInterval>();
    }
}
