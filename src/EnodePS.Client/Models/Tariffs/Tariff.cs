using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client.Models
{
    /// <summary>A tariff: named rates (prices per kWh) that a location's schedule refers to by name.</summary>
    public sealed class Tariff : ApiResource
    {
        public Tariff(string id, IReadOnlyList<TariffRate> rates)
        {
            Id = id;
            Rates = rates;
        }

        public string Id { get; }
        public IReadOnlyList<TariffRate> Rates { get; }

        public override string ToString() => Id + ": " + string.Join("; ", Rates.Select(r => r.ToString()));
    }
}
