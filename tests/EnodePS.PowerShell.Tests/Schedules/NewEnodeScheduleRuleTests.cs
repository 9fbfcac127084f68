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

            var result = session.Run("New-EnodeScheduleRule -From 22:00 -To 6:00 -Weekday Monday, tue, 4 -FromTimestamp $from -ShouldCharge", new { from }).AssertSucceeded();

            var rule = Assert.Single(result.OutputOf<ScheduleRule>());
            Assert.Equal("EnodePS.ScheduleRule", result.Output[0].TypeNames[0]);
            Assert.Equal(("22:00", "06:00", true), (rule.HourMinute!.From, rule.HourMinute.To, rule.ShouldCharge));
            Assert.Equal(new[] { 0, 1, 4 }, rule.Weekdays);
            Assert.Equal(new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero), rule.FromTimestamp);
            Assert.False(session.Run("New-EnodeScheduleRule -Weekday Sat, Sun").AssertSucceeded().OutputOf<ScheduleRule>().Single().ShouldCharge);

            Assert.Empty(session.Run("New-EnodeScheduleRule 01:00 02:00 -WhatIf").AssertSucceeded().Output);
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("New-EnodeScheduleRule 01:00 02:00 -Confirm");
            Assert.Empty(declined.AllErrors);
            Assert.Empty(declined.Output);
            Assert.Contains(ConfirmPrompt.Operation("Create schedule rule", "don't charge 01:00-02:00"), Assert.Single(declined.Prompts));
        }

        [Theory]
        [InlineData("25:00", "06:00", null, "From", "a clock time HH:mm from 00:00 to 23:59")]
        [InlineData("22:00", "6", null, "To", "a clock time HH:mm from 00:00 to 23:59")]
        [InlineData("22:00", null, null, "To", "both From and To")]
        [InlineData(null, null, "Someday", "Weekday", "weekday names (Monday to Sunday, or Mon to Sun) or numbers from 0 (Monday) to 6 (Sunday)")]
        [InlineData(null, null, "7", "Weekday", "weekday names (Monday to Sunday, or Mon to Sun) or numbers")]
        public void Names_the_parameter_and_the_allowed_values(string? from, string? to, string? weekday, string parameter, string allowed)
        {
            using var session = PowerShellSession.Unconnected();
            var command = "New-EnodeScheduleRule" + (from == null ? "" : " -From $from") + (to == null ? "" : " -To $to") + (weekday == null ? "" : " -Weekday $weekday");

            var error = Assert.Single(session.Run(command, new { from, to, weekday }).AllErrors);

            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Schedules.NewEnodeScheduleRuleCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains($"for -{parameter}: {allowed}", error.Exception.Message);
        }
    }
}
