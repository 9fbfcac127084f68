using System;
using System.Collections.Generic;
using EnodePS.Client.Models;

namespace EnodePS.Client.Resources
{
    /// <summary>Turns the per-metric time series of a HEM statistics answer into one row per bucket, in time order.</summary>
    public static class HemSystemStatisticsRows
    {
        public static List<HemSystemStatisticsSample> From(string hemSystemId, HemSystemStatistics statistics)
        {
            var rows = new SortedDictionary<long, HemSystemStatisticsSample>();
            var series = statistics.Timeseries;
            Merge(rows, hemSystemId, series.Generation, (s, v) => s.Generation = v, isFlow: true);
            Merge(rows, hemSystemId, series.Consumption, (s, v) => s.Consumption = v, isFlow: true);
            Merge(rows, hemSystemId, series.Import, (s, v) => s.Import = v, isFlow: true);
            Merge(rows, hemSystemId, series.Export, (s, v) => s.Export = v, isFlow: true);
            Merge(rows, hemSystemId, series.Charge, (s, v) => s.Charge = v, isFlow: true);
            Merge(rows, hemSystemId, series.Discharge, (s, v) => s.Discharge = v, isFlow: true);
            Merge(rows, hemSystemId, series.BatteryLevel, (s, v) => s.BatteryLevel = v, isFlow: false);
            return new List<HemSystemStatisticsSample>(rows.Values);
        }

        private static void Merge(SortedDictionary<long, HemSystemStatisticsSample> rows, string hemSystemId, HemSystemTimeseries? series,
            Action<HemSystemStatisticsSample, double?> set, bool isFlow)
        {
            if (series == null || !series.IsAvailable || series.Data == null) return;
            foreach (var point in series.Data)
            {
                if (!rows.TryGetValue(point.Time.UtcTicks, out var row))
                {
                    row = new HemSystemStatisticsSample { HemSystemId = hemSystemId, Time = point.Time, Timezone = series.Timezone };
                    rows.Add(point.Time.UtcTicks, row);
                }
                if (isFlow && row.Unit == null)
                {
                    row.Unit = series.Unit;
                    row.Resolution = series.Sampling?.Resolution;
                }
                row.Resolution ??= series.Sampling?.Resolution;
                set(row, point.Value);
            }
        }
    }
}
