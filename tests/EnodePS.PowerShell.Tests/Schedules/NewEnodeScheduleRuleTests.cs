using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Schedules
{
    public class NewEnodeScheduleRuleTests
    {
        [Fact]
        public void Builds_a_checked_rule_and_sends_nothing()
        {
            using var session = PowerShellSession.Unconnected();
            var from = new DateTime(2024, 12, 1, 0, 0, 0, DateTimeKind.Utc);

            var result = session.Run("New-EnodeScheduleRule -StartTime 22:00 -EndTime 6:00 -Weekday Monday, tue, 4 -FromTimestamp $from -ShouldCharge", new { from }).AssertSucceeded();

            var rule = Assert.Single(result.OutputOf<ScheduleRule>());
            Assert.Equal("EnodePS.ScheduleRule", result.Output[0].TypeNames[0]);
            Assert.Equal(("22:00", "06:00", true), (rule.HourMinute!.From, rule.HourMinute.To, rule.ShouldCharge));
            Assert.Equal(new[] { 0, 1, 4 }, rule.Weekdays);
            Assert.Equal(new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero), rule.FromTimestamp);
            Assert.False(session.Run("New-EnodeScheduleRule -Weekday Sat, Sun").AssertSucceeded().OutputOf<ScheduleRule>().Single().ShouldCharge);

            // A local object changes nothing anywhere: no -WhatIf/-Confirm, and no prompt even at $ConfirmPreference = 'Low'.
            Assert.Equal(false, session.Invoke("(Get-Command New-EnodeScheduleRule).Parameters.ContainsKey('WhatIf')").Single());
            var eager = session.Run("$ConfirmPreference = 'Low'; New-EnodeScheduleRule 01:00 02:00").AssertSucceeded();
            Assert.Single(eager.OutputOf<ScheduleRule>());
            Assert.Empty(eager.Prompts);
        }

        [Theory]
        [InlineData("25:00", "06:00", null, "StartTime", "a clock time HH:mm from 00:00 to 23:59")]
        [InlineData("22:00", "6", null, "EndTime", "a clock time HH:mm from 00:00 to 23:59")]
        [InlineData("22:00", null, null, "EndTime", "both StartTime and EndTime")]
        [InlineData(null, null, "Someday", "Weekday", "weekday names (Monday to Sunday, or Mon to Sun) or numbers from 0 (Monday) to 6 (Sunday)")]
        [InlineData(null, null, "7", "Weekday", "weekday names (Monday to Sunday, or Mon to Sun) or numbers")]
        public void Names_the_parameter_and_the_allowed_values(string? from, string? to, string? weekday, string parameter, string allowed)
        {
            using var session = PowerShellSession.Unconnected();
            var command = "New-EnodeScheduleRule" + (from == null ? "" : " -StartTime $from") + (to == null ? "" : " -EndTime $to") + (weekday == null ? "" : " -Weekday $weekday");

            var error = Assert.Single(session.Run(command, new { from, to, weekday }).AllErrors);

            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Schedules.NewEnodeScheduleRuleCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains($"for -{parameter}: {allowed}", error.Exception.Message);
        }
    }
}
