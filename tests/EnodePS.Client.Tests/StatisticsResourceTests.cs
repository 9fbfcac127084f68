using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    /// <summary>Inverter and HEM system statistics: raw answers, rows over date ranges, and validation before sending.</summary>
    public class StatisticsResourceTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        private static LoopbackEmulator NewHost() => new LoopbackEmulator(new EmulatorOptions
        {
            Clock = new ManualEmulatorClock(Now), UserCount = 3, InverterCount = 3, BatteryCount = 3, MeterCount = 3, HemSystemCount = 3,
        });

        [Fact]
        public async Task A_day_of_inverter_statistics_is_final_with_quarter_hours_and_a_month_has_days()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.Inverters.All[0].Id;

            var day = await client.Inverters.GetStatisticsAsync(id, 2024, 10, 15);
            var month = await client.Inverters.GetStatisticsAsync(id, 2024, 10);
            var today = await client.Inverters.GetStatisticsAsync(id, 2024, 11, 20);

            Assert.True(day.IsFinal);
            Assert.Equal("kWh", day.Resolutions.QuarterHour!.Unit);
            Assert.Equal(96, day.Resolutions.QuarterHour.Data!.Count);
            Assert.Null(day.Resolutions.Day);
            Assert.Equal(31, month.Resolutions.Day!.Data!.Count);
            Assert.Equal(day.Resolutions.QuarterHour.Data.Sum(p => p.Value!.Value), month.Resolutions.Day.Data[14].Value!.Value, 2);
            Assert.False(today.IsFinal);
            Assert.True(today.RetryAfter > Now);
            var journal = host.Emulator.Journal.Snapshot().Where(r => r.Operation == "GET /inverters/{inverterId}/statistics").ToList();
            Assert.Equal("15", journal[0].Query["day"]);
            Assert.False(journal[1].Query.ContainsKey("day"));
        }

        [Fact]
        public async Task Inverter_rows_cover_the_range_at_either_resolution()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.Inverters.All[1].Id;

            var quarterHours = await client.Inverters.StreamStatisticsAsync(id, new DateTime(2024, 10, 30), new DateTime(2024, 11, 1)).ToListAsync();
            var days = await client.Inverters.StreamStatisticsAsync(id, new DateTime(2024, 9, 28), new DateTime(2024, 10, 3), "day").ToListAsync();

            Assert.Equal(3 * 96, quarterHours.Count);
            Assert.Equal(new DateTime(2024, 10, 30), quarterHours[0].Date.DateTime);
            Assert.All(quarterHours, r => Assert.Equal(("QUARTER_HOUR", id, "kWh", true), (r.Resolution, r.InverterId, r.Unit, r.IsFinal)));
            Assert.Equal(Enumerable.Range(0, 6).Select(i => new DateTime(2024, 9, 28).AddDays(i)), days.Select(d => d.Date.DateTime));
            Assert.All(days, r => Assert.Equal("DAY", r.Resolution));
            Assert.Equal(3 + 2, host.Emulator.ServedOperations["GET /inverters/{inverterId}/statistics"]); // three days, two months
        }

        [Theory]
        [InlineData(2024, 13, null, "month")]
        [InlineData(2024, 2, 30, "day")]
        [InlineData(0, 1, null, "year")]
        public async Task Impossible_dates_are_refused_before_sending(int year, int month, int? day, string parameter)
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);

            var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Inverters.GetStatisticsAsync("any", year, month, day));

            Assert.Equal(parameter, error.ParamName);
            Assert.Contains("Allowed values", error.Message);
            Assert.Equal(0, host.Emulator.RequestCount);
        }

        [Fact]
        public void Ranges_and_resolutions_are_checked_when_the_stream_is_asked_for()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);

            var resolution = Assert.Throws<ArgumentException>(() => client.Inverters.StreamStatisticsAsync("x", DateTime.Today, DateTime.Today, "HOURLY"));
            var order = Assert.Throws<ArgumentException>(() => client.Inverters.StreamStatisticsAsync("x", new DateTime(2024, 5, 2), new DateTime(2024, 5, 1)));
            var interval = Assert.Throws<ArgumentException>(() => client.HemSystems.StreamStatisticsAsync("x", DateTime.Today, DateTime.Today, "WEEK"));
            var hemOrder = Assert.Throws<ArgumentException>(() => client.HemSystems.StreamStatisticsAsync("x", new DateTime(2024, 5, 2), new DateTime(2024, 4, 1)));

            Assert.Equal("resolution", resolution.ParamName);
            Assert.Contains("QUARTER_HOUR, DAY", resolution.Message);
            Assert.Equal("to", order.ParamName);
            Assert.Equal("interval", interval.ParamName);
            Assert.Contains("DAY, MONTH", interval.Message);
            Assert.Equal("to", hemOrder.ParamName);
            Assert.Equal(0, host.Emulator.RequestCount);
        }

        [Fact]
        public async Task Hem_statistics_of_a_day_become_one_row_per_bucket_with_every_metric()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.HemSystems.All[0].Id;

            var raw = await client.HemSystems.GetStatisticsAsync(id, "2024-10-15");
            var rows = await client.HemSystems.StreamStatisticsAsync(id, new DateTime(2024, 10, 15), new DateTime(2024, 10, 16)).ToListAsync();

            Assert.True(raw.Timeseries.Generation!.IsAvailable);
            Assert.Equal("kW", raw.Timeseries.Generation.Unit);
            var buckets = raw.Timeseries.Generation.Data!.Count;
            Assert.Equal(2 * buckets, rows.Count);
            Assert.Equal(raw.Timeseries.Generation.Data.Select(p => p.Time), rows.Take(buckets).Select(r => r.Time));
            Assert.Equal(raw.Timeseries.Import!.Data!.Select(p => p.Value), rows.Take(buckets).Select(r => r.Import));
            Assert.Equal(raw.Timeseries.BatteryLevel!.Data!.Select(p => p.Value), rows.Take(buckets).Select(r => r.BatteryLevel));
            Assert.All(rows, r => Assert.Equal((id, "kW", raw.Timeseries.Generation.Sampling!.Resolution), (r.HemSystemId, r.Unit, r.Resolution)));
            Assert.Equal(new[] { "2024-10-15", "2024-10-15", "2024-10-16" },
                host.Emulator.Journal.Snapshot().Where(r => r.Path.EndsWith("/statistics")).Select(r => r.Query["interval"]));
        }

        [Fact]
        public async Task Hem_statistics_by_month_keep_the_days_in_the_range_and_mark_unavailable_metrics()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.HemSystems.All[1].Id;

            var rows = await client.HemSystems.StreamStatisticsAsync(id, new DateTime(2024, 9, 25), new DateTime(2024, 10, 5), "Month").ToListAsync();
            var raw = await client.HemSystems.GetStatisticsAsync(id, "2024-10");

            Assert.Equal(Enumerable.Range(0, 11).Select(i => new DateTime(2024, 9, 25).AddDays(i)), rows.Select(r => r.Time.DateTime));
            Assert.All(rows, r => Assert.Equal(("kWh", "P1D"), (r.Unit, r.Resolution)));
            Assert.All(rows, r => Assert.Null(r.BatteryLevel));
            Assert.False(raw.Timeseries.BatteryLevel!.IsAvailable);
            Assert.False(string.IsNullOrEmpty(raw.Timeseries.BatteryLevel.Reason));
        }

        [Fact]
        public async Task Hem_statistics_problems_become_api_errors_and_bad_intervals_are_refused_before_sending()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.HemSystems.All[0].Id;

            var tooEarly = await Assert.ThrowsAsync<EnodeApiException>(() => client.HemSystems.GetStatisticsAsync(id, "2015-01"));
            var future = await Assert.ThrowsAsync<EnodeApiException>(() => client.HemSystems.GetStatisticsAsync(id, "2030-01-01"));
            var sent = host.Emulator.RequestCount;
            var malformed = await Assert.ThrowsAsync<ArgumentException>(() => client.HemSystems.GetStatisticsAsync(id, "2024-13-01"));

            Assert.Equal(422, tooEarly.StatusCode);
            Assert.Equal("hem-system-statistics-not-available", tooEarly.ProblemSlug);
            Assert.Equal("HEM System Statistics Not Available", tooEarly.Title);
            Assert.Equal(400, future.StatusCode);
            Assert.Equal("interval", malformed.ParamName);
            Assert.Equal(sent, host.Emulator.RequestCount);
        }
    }
}
