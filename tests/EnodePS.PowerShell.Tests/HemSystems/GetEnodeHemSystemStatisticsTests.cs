using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.HemSystems
{
    public class GetEnodeHemSystemStatisticsTests
    {
        private const string CommandType = "EnodePS.Cmdlets.HemSystems.GetEnodeHemSystemStatisticsCommand";

        [Fact]
        public void Hem_systems_from_get_enode_hem_system_give_one_row_per_bucket_with_every_metric()
        {
            using var session = StoppedClock.EnergySession();

            var listed = session.Run("Get-EnodeHemSystem -First 1").AssertSucceeded();
            var system = Assert.Single(listed.OutputOf<HemSystem>());

            var result = session.Run("$system | Get-EnodeHemSystemStatistics -StartTime 2024-10-15", new { system = listed.Output[0] }).AssertSucceeded();

            var rows = result.OutputOf<HemSystemStatisticsSample>().ToList();
            Assert.Equal(result.Output.Count, rows.Count);
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
            using var session = StoppedClock.EnergySession();
            var id = session.Emulator.State.HemSystems.All[1].Id;

            var result = session.Run("Get-EnodeHemSystemStatistics $id -StartTime 2024-10-30 -EndTime 2024-11-02 -Resolution Month", new { id }).AssertSucceeded();

            var rows = result.OutputOf<HemSystemStatisticsSample>().ToList();
            Assert.Equal(new[] { 30, 31, 1, 2 }, rows.Select(r => r.Time.Day));
            Assert.All(rows, r => Assert.Equal(("kWh", "P1D"), (r.Unit, r.Resolution)));
            Assert.Equal(new[] { "2024-10", "2024-11" }, session.Emulator.Journal.Snapshot().Where(r => r.Path.EndsWith("/statistics")).Select(r => r.Query["interval"]));
        }

        [Fact]
        public void Statistics_not_available_is_a_clear_error_naming_the_system()
        {
            using var session = StoppedClock.EnergySession();
            var first = session.Emulator.State.HemSystems.All[0];
            var installed = EnodePS.Emulator.State.HemSystemStatistics.InstallationDay(first);

            var result = session.Run("Get-EnodeHemSystemStatistics -Id $id -StartTime $from -Resolution MONTH", new { id = first.Id, from = installed.AddMonths(-1) });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeHemSystemStatisticsNotAvailable," + CommandType, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
            Assert.Equal(first.Id, error.TargetObject);
            Assert.Contains("HEM System Statistics Not Available (422)", error.Exception.Message);
            Assert.Contains($"installed on {installed:yyyy-MM-dd}", error.Exception.Message);
            Assert.Empty(result.Output);
        }

        // -Interval has a ValidateSet, so PowerShell's binder refuses a bad one (naming the parameter and the set);
        // the range is checked by the cmdlet.
        [Theory]
        [InlineData("-Resolution WEEK", "ParameterArgumentValidationError", "'Resolution'", "\"DAY,MONTH\"")]
        [InlineData("-Interval DAY -EndTime 2024-10-14", "EnodeInvalidParameter", "-EndTime", "on or after -StartTime (2024-10-15)")]
        public void Bad_intervals_and_ranges_stop_before_any_request(string arguments, string errorId, string parameter, string allowed)
        {
            using var session = StoppedClock.EnergySession();
            session.Emulator.Journal.Clear();
            var id = session.Emulator.State.HemSystems.All[0].Id;

            var result = session.Run("Get-EnodeHemSystemStatistics -Id $id -StartTime 2024-10-15 " + arguments, new { id });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(errorId + "," + CommandType, error.FullyQualifiedErrorId);
            Assert.Contains(parameter, error.Exception.Message);
            Assert.Contains(allowed, error.Exception.Message);
            Assert.Empty(result.Output);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }
    }
}
