using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// The answer to one inverter statistics request: a day in QUARTER_HOUR buckets or a month in DAY buckets, in the
    /// inverter's time zone. RetryAfter is set when some of the data can still change (the interval reaches past now).
    /// The user:inverter:statistics-updated event carries the same object with the inverter and the period it covers.
    /// </summary>
    public sealed class InverterStatistics
    {
        public string? Timezone { get; set; }
        public InverterStatisticsResolutions Resolutions { get; set; } = new InverterStatisticsResolutions();

        /// <summary>When to ask again for final data; null when all data is final.</summary>
        public DateTimeOffset? RetryAfter { get; set; }

        /// <summary>The inverter (in webhook events; the statistics endpoint's answer leaves it out).</summary>
        public string? InverterId { get; set; }

        /// <summary>The period covered (in webhook events): a day, or a month when Day is null.</summary>
        public int? Year { get; set; }
        public int? Month { get; set; }
        public int? Day { get; set; }

        [JsonIgnore]
        public bool IsFinal => RetryAfter == null;

        /// <summary>The buckets of one resolution (QUARTER_HOUR or DAY; both when null) as rows.</summary>
        public IReadOnlyList<InverterStatisticsSample> ToSamples(string inverterId, string? resolution = null)
        {
            var rows = new List<InverterStatisticsSample>();
            if (resolution == null || resolution == "QUARTER_HOUR") Add(rows, inverterId, "QUARTER_HOUR", Resolutions.QuarterHour);
            if (resolution == null || resolution == "DAY") Add(rows, inverterId, "DAY", Resolutions.Day);
            return rows;
        }

        private void Add(List<InverterStatisticsSample> rows, string inverterId, string resolution, InverterStatisticsSeries? series)
        {
            foreach (var point in series?.Data ?? new List<InverterStatisticsPoint>())
            {
                rows.Add(new InverterStatisticsSample
                {
                    InverterId = inverterId,
                    Resolution = resolution,
                    Date = point.Date,
                    Value = point.Value,
                    Unit = series!.Unit ?? "kWh",
                    Timezone = Timezone,
                    IsFinal = IsFinal,
                });
            }
        }
    }
}
