using System;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// Which charging statistics to get: the device type (required), the range, and optionally one device and one
    /// location. Resolution and UtcOffset apply to the time series only, not to sessions.
    /// </summary>
    public sealed class ChargingStatisticsQuery
    {
        /// <summary>charger, vehicle or hvac.</summary>
        public string Type { get; set; } = "vehicle";
        public DateTimeOffset StartDate { get; set; }

        /// <summary>Null: up to now.</summary>
        public DateTimeOffset? EndDate { get; set; }

        /// <summary>One device of <see cref="Type"/>; null: all of the user's.</summary>
        public string? DeviceId { get; set; }
        public string? LocationId { get; set; }

        /// <summary>QUARTER_HOUR, HALF_HOUR, HOUR, DAY (the API's default), WEEK, MONTH or YEAR.</summary>
        public string? Resolution { get; set; }

        /// <summary>Hours from UTC that day and longer buckets align to. Deprecated by the API.</summary>
        public double? UtcOffset { get; set; }
    }
}
