using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The Solar inverters section of the API, with production statistics.</summary>
    public sealed class InvertersResource : DeviceCollection<Inverter>
    {
        internal InvertersResource(ApiTransport transport)
            : base(transport, "inverters", () => InvertersJsonContext.Default.Inverter, () => InvertersJsonContext.Default.PageInverter) { }

        /// <summary>Asks Enode to fetch the inverter's data from the vendor soon (POST /inverters/{id}/refresh-hint).</summary>
        public Task RequestRefreshAsync(string inverterId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(Transport, Collection, inverterId, cancellationToken);

        /// <summary>
        /// Production of one local day in QUARTER_HOUR buckets (with <paramref name="day"/>), or of one month in DAY
        /// buckets (without). The month and day are checked before anything is sent.
        /// </summary>
        public Task<InverterStatistics> GetStatisticsAsync(string inverterId, int year, int month, int? day = null, CancellationToken cancellationToken = default)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Allowed values: 1 to 9999.");
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Allowed values: 1 to 12.");
            if (day.HasValue && (day < 1 || day > DateTime.DaysInMonth(year, month)))
                throw new ArgumentOutOfRangeException(nameof(day), day, $"Allowed values: 1 to {DateTime.DaysInMonth(year, month)} for {year}-{month:00}.");

            var query = new List<KeyValuePair<string, string?>>
            {
                new KeyValuePair<string, string?>("year", year.ToString(CultureInfo.InvariantCulture)),
                new KeyValuePair<string, string?>("month", month.ToString(CultureInfo.InvariantCulture)),
                new KeyValuePair<string, string?>("day", day?.ToString(CultureInfo.InvariantCulture)),
            };
            var path = RequestPath.WithQuery(RequestPath.Of("/{collection}/{inverterId}/statistics", Collection, inverterId), query);
            return Transport.GetAsync(path, InvertersJsonContext.Default.InverterStatistics, cancellationToken);
        }

        /// <summary>
        /// Production from <paramref name="from"/> to <paramref name="to"/> (local calendar dates, both included) as rows:
        /// QUARTER_HOUR asks for each day, DAY asks for each month and keeps the days in the range. The resolution and
        /// the order of the dates are checked before anything is sent.
        /// </summary>
        public IAsyncEnumerable<InverterStatisticsSample> StreamStatisticsAsync(string inverterId, DateTime from, DateTime to,
            string resolution = InverterStatisticsResolution.QuarterHour, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrEmpty(inverterId)) throw new ArgumentException("An inverter id is required.", nameof(inverterId));
            var canonical = InverterStatisticsResolution.Normalize(resolution, nameof(resolution));
            DateRange.Validate(from, to, nameof(from), nameof(to));
            return StreamStatistics(inverterId, from.Date, to.Date, canonical, cancellationToken);
        }

        private async IAsyncEnumerable<InverterStatisticsSample> StreamStatistics(string inverterId, DateTime from, DateTime to, string resolution,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var byDay = resolution == InverterStatisticsResolution.QuarterHour;
            var step = byDay ? from : new DateTime(from.Year, from.Month, 1);
            while (step <= to)
            {
                var answer = await GetStatisticsAsync(inverterId, step.Year, step.Month, byDay ? step.Day : (int?)null, cancellationToken).ConfigureAwait(false);
                foreach (var row in answer.ToSamples(inverterId, resolution))
                {
                    if (!byDay && (row.Date.Date < from || row.Date.Date > to)) continue;
                    yield return row;
                }
                step = byDay ? step.AddDays(1) : step.AddMonths(1);
            }
        }
    }
}
