using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Inverters
{
    public class GetEnodeInverterStatisticsTests
    {
        private const string CommandType = "EnodePS.Cmdlets.Inverters.GetEnodeInverterStatisticsCommand";

        [Fact]
        public void Inverters_from_get_enode_inverter_give_quarter_hour_rows_for_each_day()
        {
            using var session = StoppedClock.EnergySession();
            var listed = session.Run("Get-EnodeInverter -First 2").AssertSucceeded();
            var inverters = listed.OutputOf<Inverter>().ToList();

            var result = session.Run("$inverters | Get-EnodeInverterStatistics -StartTime 2024-10-01 -EndTime 2024-10-02", new { inverters = listed.Output })
                .AssertSucceeded();

            var rows = result.OutputOf<InverterStatisticsSample>().ToList();
            Assert.Equal(result.Output.Count, rows.Count);
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
            using var session = StoppedClock.EnergySession();
            var id = session.Emulator.State.Inverters.All[0].Id;

            var result = session.Run("Get-EnodeInverterStatistics $id -StartTime 2024-09-29 -EndTime 2024-10-02 -Resolution day", new { id }).AssertSucceeded();

            var rows = result.OutputOf<InverterStatisticsSample>().ToList();
            Assert.Equal(new[] { 29, 30, 1, 2 }, rows.Select(r => r.Date.Day));
            Assert.All(rows, r => Assert.Equal("DAY", r.Resolution));
            Assert.Equal(2, session.Emulator.ServedOperations["GET /inverters/{inverterId}/statistics"]);
        }

        [Fact]
        public void A_missing_inverter_is_reported_and_the_others_still_answer()
        {
            using var session = StoppedClock.EnergySession();
            var id = session.Emulator.State.Inverters.All[0].Id;

            var result = session.Run("Get-EnodeInverterStatistics -Id nope, $id -StartTime 2024-10-01", new { id });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(("EnodeNotFound," + CommandType, ErrorCategory.ObjectNotFound, (object?)"nope"),
                (error.FullyQualifiedErrorId, error.CategoryInfo.Category, error.TargetObject));
            Assert.Equal(96, result.OutputOf<InverterStatisticsSample>().Count());
            Assert.Equal(96, result.Output.Count);
        }

        // -Resolution has a ValidateSet, so PowerShell's binder refuses a bad one (naming the parameter and the set);
        // the range is checked by the cmdlet.
        [Theory]
        [InlineData("-Resolution HOURLY", "ParameterArgumentValidationError", ErrorCategory.InvalidData, "'Resolution'", "\"QUARTER_HOUR,DAY\"")]
        [InlineData("-Resolution QUARTER_HOUR -EndTime 2024-09-30", "EnodeInvalidParameter", ErrorCategory.InvalidArgument, "-EndTime", "on or after -StartTime (2024-10-01)")]
        public void Bad_resolutions_and_ranges_stop_before_any_request(string arguments, string errorId, ErrorCategory category, string parameter, string allowed)
        {
            using var session = StoppedClock.EnergySession();
            session.Emulator.Journal.Clear();
            var id = session.Emulator.State.Inverters.All[0].Id;

            var result = session.Run("Get-EnodeInverterStatistics -Id $id -StartTime 2024-10-01 " + arguments, new { id });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(errorId + "," + CommandType, error.FullyQualifiedErrorId);
            Assert.Equal(category, error.CategoryInfo.Category);
            Assert.Contains(parameter, error.Exception.Message);
            Assert.Contains(allowed, error.Exception.Message);
            Assert.Empty(result.Output);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }
    }
}
