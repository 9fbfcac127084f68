using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// One rule of a schedule: charge or not (ShouldCharge) while every filter it has holds: a daily clock interval
    /// (HourMinute), weekdays (0 Monday to 6 Sunday) and a UTC time window.
    /// </summary>
    public sealed class ScheduleRule
    {
        public ScheduleHourMinute? HourMinute { get; set; }

        [JsonConverter(typeof(UtcTimestampConverter))]
        public DateTimeOffset? FromTimestamp { get; set; }

        [JsonConverter(typeof(UtcTimestampConverter))]
        public DateTimeOffset? ToTimestamp { get; set; }

        public List<int>? Weekdays { get; set; }
        public bool ShouldCharge { get; set; }

        public override string ToString()
        {
            var parts = new List<string> { ShouldCharge ? "charge" : "don't charge" };
            if (HourMinute != null) parts.Add(HourMinute.ToString());
            if (Weekdays != null && Weekdays.Count > 0)
                parts.Add(string.Join(",", Weekdays.Select(d => d >= 0 && d < 7 ? ((DayOfWeek)((d + 1) % 7)).ToString().Substring(0, 3) : d.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            if (FromTimestamp.HasValue) parts.Add("from " + UtcTimestampConverter.Format(FromTimestamp.Value));
            if (ToTimestamp.HasValue) parts.Add("until " + UtcTimestampConverter.Format(ToTimestamp.Value));
            return string.Join(" ", parts);
        }
    }
}
