using System;

namespace EnodePS.Client.Models
{
    /// <summary>A row of either statistics endpoint as the API nests it; the resource flattens it into the public models.</summary>
    internal sealed class StatisticsRowWire
    {
        public StatisticsAggregateWire? Kw { get; set; }
        public double? KwhSum { get; set; }
        public StatisticsAggregateWire? Price { get; set; }
        public double? CostSum { get; set; }
        public StatisticsAggregateWire? NonSmartPrice { get; set; }
        public double? EstimatedSavings { get; set; }

        // time series
        public DateTimeOffset? Date { get; set; }

        // sessions
        public string? Id { get; set; }
        public string? LocationId { get; set; }
        public DateTimeOffset? From { get; set; }
        public DateTimeOffset? To { get; set; }
    }

    internal sealed class StatisticsAggregateWire
    {
        public double? Min { get; set; }
        public double? Max { get; set; }
        public double? Mean { get; set; }
    }
}
