using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.HemSystems;
using EnodePS.Cmdlets.Inverters;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Time;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>Get-EnodeInverterStatistics and Get-EnodeHemSystemStatistics.</summary>
    public class GetEnodeStatisticsTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        private static CmdletSession NewSession() => new CmdletSession(new EmulatorOptions
        {
            Clock = new ManualEmulatorClock(Now), UserCount = 3, VehicleCount = 3, InverterCount = 3, BatteryCount = 3, MeterCount = 3, HemSystemCount = 3,
        });

        [Fact]
        public void Inverters_from_get_enode_inverter_give_quarter_hour_rows_for_each_day()
        {
            using var session = NewSession();
            var inverters = session.Run(new GetEnodeInverterCommand()).OutputOf<Inverter>().Take(2).ToArray();

            var host = session.Run(new GetEnodeInverterStatisticsCommand { From = new DateTime(2024, 10, 1), To = new DateTime(2024, 10, 2) }, inverters);

            Assert.Empty(host.Errors);
            var rows = host.OutputOf<InverterStatisticsSample>().ToList();
            Assert.Equal(host.Output.Count, rows.Count);
            Assert.Equal(2 * 2 * 96, rows.Count);
            Assert.Equal(inverters.Select(i => i.Id), rows.Select(r => r.InverterId).Distinct());
            Assert.All(rows, r => Assert.Equal(("QUARTER_HOUR", "kWh", true), (r.Resolution, r.Unit, r.IsFinal)));
            Assert.Contains(rows, r => r.Value > 0);
            var sent = session.Emulator.Journal.Snapshot().Where(r => r.Operation == "GET /inverters/{inverterId}/statistics").ToList();
            Assert.Equal(new[] { "1", "2", "1", "2" }, sent.Select(r => r.Query["day"]));
            Assert.All(sent, r => Assert.Equal(("2024", "10"), (r.Query["year"], r.Query["month"])));
        }

        [Fact]
        public void Day_resolution_asks_per_month_and_keeps_the_days_in_the_range()
        {
            using var session = NewSession();
            var id = session.Emulator.State.Inverters.All[0].Id;

            var host = session.Run(new GetEnodeInverterStatisticsCommand { Id = new[] { id }, From = new DateTime(2024, 9, 29), To = new DateTime(2024, 10, 2), Resolution = "day" });

            var rows = host.OutputOf<InverterStatisticsSample>().ToList();
            Assert.Equal(new[] { 29, 30, 1, 2 }, rows.Select(r => r.Date.Day));
            Assert.All(rows, r => Assert.Equal("DAY", r.Resolution));
            Assert.Equal(2, session.Emulator.ServedOperations["GET /inverters/{inverterId}/statistics"]);
        }

        [Fact]
        public void A_missing_inverter_is_reported_and_the_others_still_answer()
        {
            using var session = NewSession();
            var id = session.Emulator.State.Inverters.All[0].Id;

            var host = session.Run(new GetEnodeInverterStatisticsCommand { Id = new[] { "nope", id }, From = new DateTime(2024, 10, 1) });

            var error = Assert.Single(host.Errors);
            Assert.Equal(("EnodeNotFound", ErrorCategory.ObjectNotFound, (object?)"nope"), (error.ErrorId, error.Category, error.Target));
            Assert.Equal(96, host.Output.Count);
        }

        [Theory]
        [InlineData("HOURLY", null, "Resolution", "QUARTER_HOUR, DAY")]
        [InlineData("QUARTER_HOUR", "2024-09-30", "To", "on or after -From (2024-10-01)")]
        public void Bad_resolutions_and_ranges_stop_before_any_request(string resolution, string? to, string parameter, string allowed)
        {
            using var session = NewSession();
            session.Emulator.Journal.Clear();
            var cmdlet = new GetEnodeInverterStatisticsCommand
            {
                Id = new[] { session.Emulator.State.Inverters.All[0].Id }, From = new DateTime(2024, 10, 1), Resolution = resolution,
                To = to == null ? (DateTime?)null : DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            };

            var host = session.Run(cmdlet);

            Assert.NotNull(host.Terminating);
            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, host.Terminating.Category);
            Assert.Contains("-" + parameter, host.Terminating.Exception.Message);
            Assert.Contains(allowed, host.Terminating.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }

        [Fact]
        public void Hem_systems_from_get_enode_hem_system_give_one_row_per_bucket_with_every_metric()
        {
            using var session = NewSession();
            var system = session.Run(new GetEnodeHemSystemCommand()).OutputOf<HemSystem>().First();

            var host = session.Run(new GetEnodeHemSystemStatisticsCommand { From = new DateTime(2024, 10, 15) }, system);

            Assert.Empty(host.Errors);
            var rows = host.OutputOf<HemSystemStatisticsSample>().ToList();
            var bucket = HemSystemFactory.NativeResolution(system.Information.Vendor!);
            Assert.Equal((int)(TimeSpan.FromDays(1).Ticks / bucket.Ticks), rows.Count);
            Assert.All(rows, r => Assert.Equal((system.Id, "kW"), (r.HemSystemId, r.Unit)));
            Assert.All(rows, r => Assert.NotNull(r.BatteryLevel));
            Assert.Contains(rows, r => r.Generation > 0);
            Assert.Equal("2024-10-15", Assert.Single(session.Emulator.Journal.Snapshot(), r => r.Operation == "GET /hem-systems/{hemSystemId}/statistics").Query["interval"]);
        }

        [Fact]
        public void Month_intervals_give_daily_rows()
        {
            using var session = NewSession();
            var id = session.Emulator.State.HemSystems.All[1].Id;

            var host = session.Run(new GetEnodeHemSystemStatisticsCommand { Id = new[] { id }, From = new DateTime(2024, 10, 30), To = new DateTime(2024, 11, 2), Interval = "Month" });

            var rows = host.OutputOf<HemSystemStatisticsSample>().ToList();
            Assert.Equal(new[] { 30, 31, 1, 2 }, rows.Select(r => r.Time.Day));
            Assert.All(rows, r => Assert.Equal(("kWh", "P1D"), (r.Unit, r.Resolution)));
            Assert.Equal(new[] { "2024-10", "2024-11" }, session.Emulator.Journal.Snapshot().Where(r => r.Path.EndsWith("/statistics")).Select(r => r.Query["interval"]));
        }

        [Fact]
        public void Statistics_not_available_is_a_clear_error_naming_the_system()
        {
            using var session = NewSession();
            var systems = session.Emulator.State.HemSystems.All;
            var first = systems[0];
            var installed = EnodePS.Emulator.State.HemSystemStatistics.InstallationDay(first);

            var host = session.Run(new GetEnodeHemSystemStatisticsCommand
            {
                Id = new[] { first.Id }, From = installed.AddMonths(-1), Interval = "MONTH",
            });

            var error = Assert.Single(host.Errors);
            Assert.Equal("EnodeHemSystemStatisticsNotAvailable", error.ErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, error.Category);
            Assert.Equal(first.Id, error.Target);
            Assert.Contains("HEM System Statistics Not Available (422)", error.Exception.Message);
            Assert.Contains($"installed on {installed:yyyy-MM-dd}", error.Exception.Message);
            Assert.Empty(host.Output);
        }

        [Theory]
        [InlineData("WEEK", null, "Interval", "DAY, MONTH")]
        [InlineData("DAY", "2024-10-14", "To", "on or after -From (2024-10-15)")]
        public void Bad_intervals_and_ranges_stop_before_any_request(string interval, string? to, string parameter, string allowed)
        {
            using var session = NewSession();
            session.Emulator.Journal.Clear();

            var host = session.Run(new GetEnodeHemSystemStatisticsCommand
            {
                Id = new[] { session.Emulator.State.HemSystems.All[0].Id }, From = new DateTime(2024, 10, 15), Interval = interval,
                To = to == null ? (DateTime?)null : DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-" + parameter, host.Terminating.Exception.Message);
            Assert.Contains(allowed, host.Terminating.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }
    }
}
