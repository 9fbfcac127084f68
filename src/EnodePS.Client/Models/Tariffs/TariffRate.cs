using System.Globalization;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    /// <summary>One named rate of a tariff. The API carries the cost as a decimal string, always with a dot.</summary>
    public sealed class TariffRate
    {
        public TariffRate() { }

        public TariffRate(string name, string cost)
        {
            Name = name;
            Cost = cost;
        }

        /// <summary>Unique within its tariff; a location's schedule refers to the rate by this name.</summary>
        public string Name { get; set; } = "";

        /// <summary>The cost as the API has it, e.g. "0.25" (invariant culture).</summary>
        public string Cost { get; set; } = "";

        /// <summary>The cost as a number; null if the API sent something that is not a decimal.</summary>
        [JsonIgnore]
        public decimal? Amount =>
            decimal.TryParse(Cost, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : (decimal?)null;

        public override string ToString() => Name + "=" + Cost;
    }
}
