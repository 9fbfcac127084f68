using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The HEM systems section of the API (beta), with statistics.</summary>
    public sealed class HemSystemsResource : DeviceCollection<HemSystem>
    {
        internal HemSystemsResource(ApiTransport transport)
            : base(transport, "hem-systems", () => HemSystemsJsonContext.Default.HemSystem, () => HemSystemsJsonContext.Default.PageHemSystem) { }

        /// <summary>
        /// Statistics for one interval: a day as "YYYY-MM-DD" (finest buckets) or a month as "YYYY-MM" (daily buckets).
        /// The interval's form is checked before anything is sent (see <see cref="HemSystemStatisticsInterval.Format"/>).
        /// </summary>
        public Task<HemSystemStatistics> GetStatisticsAsync(string hemSystemId, string interval, CancellationToken cancellationToken = default)
        {
            HemSystemStatisticsInterval.Validate(interval, nameof(interval));
            var path = RequestPath.WithQuery(RequestPath.Of("/{collection}/{hemSystemId}/statistics", Collection, hemSystemId),
                new[] { new KeyValuePair<string, string?>("interval", interval) });
            return Transport.GetAsync(path, HemSystemsJsonContext.Default.HemSystemStatistics, cancellationToken);
        }

        /// <summary>
        /// Statistics from <paramref name="from"/> to <paramref name="to"/> (local calendar dates, both included) as one
        /// row per bucket with every metric: DAY asks for each day, MONTH for each month (keeping the days in the range).
        /// The interval kind and the order of the dates are checked before anything is sent.
        /// </summary>
        public IAsyncEnumerable<HemSystemStatisticsSample> StreamStatisticsAsync(string hemSystemId, DateTime from, DateTime to,
            string interval = HemSystemStatisticsInterval.Day, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrEmpty(hemSystemId)) throw new ArgumentException("A HEM system id is required.", nameof(hemSystemId));
            var kind = HemSystemStatisticsInterval.Normalize(interval, nameof(interval));
            DateRange.Validate(from, to, nameof(from), nameof(to));
            return StreamStatistics(hemSystemId, from.Date, to.Date, kind, cancellationToken);
        }

        private async IAsyncEnumerable<HemSystemStatisticsSample> StreamStatistics(string hemSystemId, DateTime from, DateTime to, string kind,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var byDay = kind == HemSystemStatisticsInterval.Day;
            var step = byDay ? from : new DateTime(from.Year, from.Month, 1);
            while (step <= to)
            {
                var answer = await GetStatisticsAsync(hemSystemId, HemSystemStatisticsInterval.Format(step, kind), cancellationToken).ConfigureAwait(false);
                foreach (var sample in HemSystemStatisticsRows.From(hemSystemId, answer))
                {
                    if (!byDay && (sample.Time.Date < from || sample.Time.Date > to)) continue;
                    yield return sample;
                }
                step = byDay ? step.AddDays(1) : step.AddMonths(1);
            }
        }
    }
}
