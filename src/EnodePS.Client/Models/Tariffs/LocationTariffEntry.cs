using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    /// <summary>One row of a location's tariff schedule: a rate of a tariff on one weekday, from one time to another.</summary>
    public sealed class LocationTariffEntry
    {
        /// <summary>The location (set by the client; not part of the API's answer).</summary>
        [JsonIgnore]
        public string LocationId { get; set; } = "";

        /// <summary>0 (Monday) to 6 (Sunday); null means every day.</summary>
        public int? Weekday { get; set; }

        [JsonIgnore]
        public string Day => Weekday == null ? "Every day" : WeekdayNames.Long(Weekday.Value);

        /// <summary>Inclusive, HH:mm (the reference documents the answer's times as UTC).</summary>
        public string FromHourMinute { get; set; } = "";

        /// <summary>Exclusive, HH:mm.</summary>
        public string ToHourMinute { get; set; } = "";
        public string TariffId { get; set; } = "";

        /// <summary>The rate's name in the tariff.</summary>
        public string TariffName { get; set; } = "";

        public override string ToString() => $"{Day} {FromHourMinute}-{ToHourMinute} {TariffName}";
    }
}
