using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Statistics
{
    public class GetEnodeChargingSessionTests
    {
        [Fact]
        public void Sessions_for_a_user_and_type_are_flat_rows_summing_to_the_series()
        {
            using var session = StatisticsSessions.November();
            var userId = session.Emulator.State.Users.All[0].Id;
            var range = new { userId, start = new DateTime(2024, 11, 2, 12, 0, 0, DateTimeKind.Utc), end = new DateTime(2024, 11, 6, 12, 0, 0, DateTimeKind.Utc) };

            var listed = session.Run("Get-EnodeChargingSession -UserId $userId -DeviceType Vehicle -StartTime $start -EndTime $end", range).AssertSucceeded();
            var sessions = listed.OutputOf<ChargingSession>().ToList();
            Assert.Equal(new[] { "startDate", "endDate", "type" }, session.Emulator.Journal.Api().Last().Query.Keys);
            Assert.Equal($"/users/{userId}/statistics/charging/sessions", session.Emulator.Journal.Api().Last().Path);
            var series = session.Run("Get-EnodeChargingStatistics -UserId $userId -DeviceType vehicle -StartTime $start -EndTime $end -Resolution HOUR", range)
                .AssertSucceeded().OutputOf<ChargingStatistics>().ToList();

            Assert.NotEmpty(sessions);
            Assert.All(listed.Output, o => Assert.Equal("EnodePS.ChargingSession", o.TypeNames[0]));
            Assert.All(sessions, s => Assert.True(s.Duration > TimeSpan.Zero && !string.IsNullOrEmpty(s.DeviceId)));
            Assert.Equal(series.Sum(r => r.KwhSum)!.Value, sessions.Sum(s => s.KwhSum)!.Value, 2);
        }

        [Fact]
        public void An_unknown_device_is_an_error_on_the_user()
        {
            using var session = StatisticsSessions.November();
            var userId = session.Emulator.State.Users.All[0].Id;

            var result = session.Run("Get-EnodeChargingSession -UserId $userId -DeviceType vehicle -DeviceId nope -StartTime $start",
                new { userId, start = new DateTime(2024, 11, 2, 0, 0, 0, DateTimeKind.Utc) });

            var error = Assert.Single(result.Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Statistics.GetEnodeChargingSessionCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal(userId, error.TargetObject);
        }
    }
}
