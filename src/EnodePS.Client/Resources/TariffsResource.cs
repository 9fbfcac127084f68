using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Tariffs;

namespace EnodePS.Client.Resources
{
    /// <summary>The Tariffs section: a tariff's named rates, and the weekly schedule that links a tariff to a location.</summary>
    public sealed class TariffsResource
    {
        private readonly ApiTransport _transport;

        internal TariffsResource(ApiTransport transport) { _transport = transport; }

        public async Task<Tariff> GetAsync(string tariffId, CancellationToken cancellationToken = default)
        {
            var rates = await _transport.GetAsync(RequestPath.Of("/tariffs/{id}", tariffId), TariffsJsonContext.Default.ListTariffRate, cancellationToken)
                .ConfigureAwait(false);
            return new Tariff(tariffId, rates);
        }

        /// <summary>The tariff, or null when it does not exist (404).</summary>
        public async Task<Tariff?> FindAsync(string tariffId, CancellationToken cancellationToken = default)
        {
            try
            {
                return await GetAsync(tariffId, cancellationToken).ConfigureAwait(false);
            }
            catch (EnodeApiException ex) when (ex.StatusCode == 404)
            {
                return null;
            }
        }

        /// <summary>PUT /tariffs/{tariffId}: creates or replaces the tariff's rates. Checked before sending.</summary>
        public async Task<Tariff> SetAsync(string tariffId, IReadOnlyList<TariffRate> rates, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(tariffId)) throw new ArgumentException("A tariff id is required.", nameof(tariffId));
            TariffRates.Validate(rates, "Rate");
            var body = rates.Select(r => new TariffRate(r.Name, TariffCost.Format(r.Cost, $"Rate '{r.Name}'"))).ToList();
            var json = JsonSerializer.Serialize(body, TariffsJsonContext.Default.ListTariffRate);
            await _transport.SendAsync(HttpMethod.Put, RequestPath.Of("/tariffs/{id}", tariffId), json, cancellationToken).ConfigureAwait(false);
            return new Tariff(tariffId, body);
        }

        /// <summary>GET /locations/{locationId}/tariff: the location's schedule, one entry per weekday and interval.</summary>
        public async Task<IReadOnlyList<LocationTariffEntry>> GetLocationTariffAsync(string locationId, CancellationToken cancellationToken = default)
        {
            var entries = await _transport.GetAsync(RequestPath.Of("/locations/{locationId}/tariff", locationId), TariffsJsonContext.Default.ListLocationTariffEntry,
                cancellationToken).ConfigureAwait(false);
            foreach (var entry in entries) entry.LocationId = locationId;
            return entries;
        }

        /// <summary>
        /// PUT /locations/{locationId}/tariff: replaces the location's schedule. Validated first: well-formed times, no
        /// overlaps, and, when <paramref name="rateNames"/> is given, only rates the tariff has.
        /// </summary>
        public async Task SetLocationTariffAsync(string locationId, string tariffId, IReadOnlyList<TariffInterval> intervals,
            IEnumerable<string>? rateNames = null, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(tariffId)) throw new ArgumentException("A tariff id is required.", nameof(tariffId));
            TariffSchedule.Validate(intervals, tariffId, rateNames, "Interval");
            var body = new LocationTariffRequest
            {
                TariffId = tariffId,
                TariffIntervals = intervals.Select(i => new TariffInterval
                {
                    Name = i.Name,
                    Weekdays = i.Weekdays,
                    From = HourMinute.Normalize(i.From, false, i.Name),
                    To = HourMinute.Normalize(i.To, true, i.Name),
                }).ToList(),
            };
            var json = JsonSerializer.Serialize(body, TariffsJsonContext.Default.LocationTariffRequest);
            await _transport.SendAsync(HttpMethod.Put, RequestPath.Of("/locations/{locationId}/tariff", locationId), json, cancellationToken).ConfigureAwait(false);
        }
    }
}
