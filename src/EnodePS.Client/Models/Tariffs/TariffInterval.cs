using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// A time of day at which a rate applies, on some weekdays (0 Monday to 6 Sunday; all days when null). From is
    /// inclusive and To exclusive, both HH:mm in the location's time zone; a To at or before From runs past midnight.
    /// </summary>
    public sealed class TariffInterval
    {
        public string Name { get; set; } = "";
        public List<int>? Weekdays { get; set; }
        public string From { get; set; } = "";
        public string To { get; set; } = "";

        public override string ToString() =>
            $"'{Name}' {From}-{To}" + (Weekdays == null ? "" : " (" + string.Join(",", Weekdays.Select(WeekdayNames.Short)) + ")");
    }
}
