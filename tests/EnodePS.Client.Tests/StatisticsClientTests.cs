using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Models;
using EnodePS.Client.Tests.Support;
using EnodePS.Client.Validation;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class StatisticsClientTests
    {
        private static LoopbackEmulator Host() =>
            new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(new DateTimeOffset(2024, 11, 10, 12, 0, 0, TimeSpan.Zero)) });

        [Fact]
        public async Task The_time_series_query_and_flat_rows_match_the_reference()
        {
            using var host = Host();
            using var client = ClientFactory.For(host);
            var vehicle = host.Emulator.CompleteLink("s1", "vehicle", "TESLA")[0].Id;

            var rows = await client.Statistics.GetChargingAsync("s1", new ChargingStatisticsQuery
            {
                Type = "Vehicle", DeviceId = vehicle, Resolution = "hour",
                StartDate = new DateTimeOffset(2024, 11, 1, 1, 0, 0, TimeSpan.FromHours(1)), EndDate = new DateTimeOffset(2024, 11, 2, 0, 0, 0, TimeSpan.Zero),
            });

            var sent = host.Emulator.LastApiRequest();
            Assert.Equal("/users/s1/statistics/charging", sent.Path);
            Assert.Equal(new[] { "startDate", "endDate", "id", "type", "resolution" }, sent.Query.Keys);
            Assert.Equal(("2024-11-01T00:00:00.000Z", "2024-11-02T00:00:00.000Z", vehicle, "vehicle", "HOUR"),
                (sent.Query["startDate"], sent.Query["endDate"], sent.Query["id"], sent.Query["type"], sent.Query["resolution"]));
            Assert.Equal(24, rows.Count);
            Assert.All(rows, r => Assert.Equal(("s1", "vehicle", vehicle, "HOUR"), (r.UserId, r.Type, r.DeviceId, r.Resolution)));
            Assert.Equal(new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero), rows[0].Date);
            Assert.True(rows.Sum(r => r.KwhSum) > 0);
            Assert.All(rows, r => Assert.NotNull(r.PriceMean));
            Assert.All(typeof(ChargingStatistics).GetProperties(), p =>
                Assert.True(p.PropertyType.IsPrimitive || p.PropertyType == typeof(string) || Nullable.GetUnderlyingType(p.PropertyType) != null || p.PropertyType == typeof(DateTimeOffset), p.Name));
        }

        [Fact]
        public async Task Sessions_are_flat_rows_with_their_device()
        {
            using var host = Host();
            using var client = ClientFactory.For(host);
            var vehicle = host.Emulator.CompleteLink("s2", "vehicle", "KIA")[0].Id;

            var sessions = await client.Statistics.GetChargingSessionsAsync("s2", new ChargingStatisticsQuery { Type = "vehicle", StartDate = new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero) });

            Assert.Equal("/users/s2/statistics/charging/sessions", host.Emulator.LastApiRequest().Path);
            Assert.Equal(new[] { "startDate", "type" }, host.Emulator.LastApiRequest().Query.Keys);
            Assert.NotEmpty(sessions);
            Assert.All(sessions, s => Assert.Equal(vehicle, s.DeviceId));
            Assert.All(sessions, s => Assert.True(s.Duration > TimeSpan.Zero && s.KwhSum > 0));
        }

        [Fact]
        public async Task Bad_queries_are_refused_before_sending()
        {
            using var host = Host();
            using var client = ClientFactory.For(host);
            var start = new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);

            Assert.Contains("charger, vehicle, hvac", (await Assert.ThrowsAsync<EnodeValidationException>(() =>
                client.Statistics.GetChargingAsync("u", new ChargingStatisticsQuery { Type = "battery", StartDate = start }))).Message);
            Assert.Contains("QUARTER_HOUR, HALF_HOUR, HOUR, DAY, WEEK, MONTH, YEAR", (await Assert.ThrowsAsync<EnodeValidationException>(() =>
                client.Statistics.GetChargingAsync("u", new ChargingStatisticsQuery { StartDate = start, Resolution = "MINUTE" }))).Message);
            Assert.Equal("endDate", (await Assert.ThrowsAsync<EnodeValidationException>(() =>
                client.Statistics.GetChargingAsync("u", new ChargingStatisticsQuery { StartDate = start, EndDate = start }))).ParameterName);
            Assert.Equal("resolution", (await Assert.ThrowsAsync<EnodeValidationException>(() =>
                client.Statistics.GetChargingSessionsAsync("u", new ChargingStatisticsQuery { StartDate = start, Resolution = "DAY" }))).ParameterName);
            Assert.Equal(0, host.Emulator.ApiRequestCount());
        }
    }
}
