using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Json;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Resources
{
    /// <summary>Charging statistics of a user's devices: a time series, or one row per charging session.</summary>
    public sealed class StatisticsResource
    {
        public static readonly IReadOnlyList<string> Resolutions = new[] { "QUARTER_HOUR", "HALF_HOUR", "HOUR", "DAY", "WEEK", "MONTH", "YEAR" };

        private readonly ApiTransport _transport;

        internal StatisticsResource(ApiTransport transport) { _transport = transport; }

        /// <summary>Consumption and price per period (GET /users/{userId}/statistics/charging).</summary>
        public async Task<IReadOnlyList<ChargingStatistics>> GetChargingAsync(string userId, ChargingStatisticsQuery query, CancellationToken cancellationToken = default)
        {
            var checkedQuery = Check(query, forSessions: false);
            var path = RequestPath.WithQuery(RequestPath.Of("/users/{userId}/statistics/charging", userId), Parameters(checkedQuery));
            var rows = await _transport.GetAsync(path, StatisticsJsonContext.Default.ListStatisticsRowWire, cancellationToken).ConfigureAwait(false);
            return rows.Select(row => new ChargingStatistics
            {
                UserId = userId,
                Type = checkedQuery.Type,
                DeviceId = checkedQuery.DeviceId,
                LocationId = checkedQuery.LocationId,
                Resolution = checkedQuery.Resolution ?? "DAY",
                Date = row.Date ?? default,
                KwMin = row.Kw?.Min, KwMax = row.Kw?.Max, KwMean = row.Kw?.Mean,
                KwhSum = row.KwhSum,
                PriceMin = row.Price?.Min, PriceMax = row.Price?.Max, PriceMean = row.Price?.Mean,
                CostSum = row.CostSum,
                NonSmartPriceMin = row.NonSmartPrice?.Min, NonSmartPriceMax = row.NonSmartPrice?.Max, NonSmartPriceMean = row.NonSmartPrice?.Mean,
                EstimatedSavings = row.EstimatedSavings,
            }).ToList();
        }

        /// <summary>One row per charging session that overlaps the range (GET /users/{userId}/statistics/charging/sessions).</summary>
        public async Task<IReadOnlyList<ChargingSession>> GetChargingSessionsAsync(string userId, ChargingStatisticsQuery query, CancellationToken cancellationToken = default)
        {
            var checkedQuery = Check(query, forSessions: true);
            var path = RequestPath.WithQuery(RequestPath.Of("/users/{userId}/statistics/charging/sessions", userId), Parameters(checkedQuery));
            var rows = await _transport.GetAsync(path, StatisticsJsonContext.Default.ListStatisticsRowWire, cancellationToken).ConfigureAwait(false);
            return rows.Select(row => new ChargingSession
            {
                UserId = userId,
                Type = checkedQuery.Type,
                DeviceId = row.Id ?? checkedQuery.DeviceId ?? "",
                LocationId = row.LocationId,
                From = row.From ?? default,
                To = row.To ?? default,
                KwMin = row.Kw?.Min, KwMax = row.Kw?.Max, KwMean = row.Kw?.Mean,
                KwhSum = row.KwhSum,
                PriceMin = row.Price?.Min, PriceMax = row.Price?.Max, PriceMean = row.Price?.Mean,
                CostSum = row.CostSum,
                NonSmartPriceMin = row.NonSmartPrice?.Min, NonSmartPriceMax = row.NonSmartPrice?.Max, NonSmartPriceMean = row.NonSmartPrice?.Mean,
                EstimatedSavings = row.EstimatedSavings,
            }).ToList();
        }

        /// <summary>
        /// The query in the API's spelling: a known type and resolution, a range that ends after it starts, a UTC
        /// offset from -12 to 14 hours. Sessions take neither resolution nor UTC offset.
        /// </summary>
        public static ChargingStatisticsQuery Check(ChargingStatisticsQuery query, bool forSessions)
        {
            if (query.EndDate.HasValue && query.EndDate <= query.StartDate)
                throw new EnodeValidationException("endDate", query.EndDate, "a time after startDate (" + UtcTimestampConverter.Format(query.StartDate) + ").");
            if (forSessions && query.Resolution != null) throw new EnodeValidationException("resolution", query.Resolution, "nothing: sessions are not bucketed.");
            if (forSessions && query.UtcOffset != null) throw new EnodeValidationException("utcOffset", query.UtcOffset, "nothing: sessions are not bucketed.");
            if (query.UtcOffset.HasValue && (double.IsNaN(query.UtcOffset.Value) || query.UtcOffset < -12 || query.UtcOffset > 14))
                throw new EnodeValidationException("utcOffset", query.UtcOffset, "a number of hours from -12 to 14.");
            return new ChargingStatisticsQuery
            {
                Type = AssetTypes.Check(query.Type, AssetTypes.Statistics, "type"),
                StartDate = query.StartDate,
                EndDate = query.EndDate,
                DeviceId = query.DeviceId,
                LocationId = query.LocationId,
                Resolution = query.Resolution == null ? null : AssetTypes.Check(query.Resolution.Replace(' ', '_'), Resolutions, "resolution"),
                UtcOffset = query.UtcOffset,
            };
        }

        private static IEnumerable<KeyValuePair<string, string?>> Parameters(ChargingStatisticsQuery query)
        {
            yield return Pair("startDate", UtcTimestampConverter.Format(query.StartDate));
            yield return Pair("endDate", query.EndDate.HasValue ? UtcTimestampConverter.Format(query.EndDate.Value) : null);
            yield return Pair("locationId", query.LocationId);
            yield return Pair("id", query.DeviceId);
            yield return Pair("type", query.Type);
            yield return Pair("utcOffset", query.UtcOffset?.ToString(CultureInfo.InvariantCulture));
            yield return Pair("resolution", query.Resolution);
        }

        private static KeyValuePair<string, string?> Pair(string key, string? value) => new KeyValuePair<string, string?>(key, value);
    }
}
