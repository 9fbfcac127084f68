using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Schedules
{
    public class NewEnodeScheduleTests
    {
        [Fact]
        public void A_vehicle_from_Get_EnodeVehicle_pipes_to_New_EnodeSchedule_with_rules_as_objects_and_hashtables()
        {
            using var session = new PowerShellSession();
            var vehicle = session.Run("$vehicle = Get-EnodeVehicle -First 1; $vehicle").AssertSucceeded().OutputOf<Vehicle>().Single();

            var result = session.Run(
                "$night = New-EnodeScheduleRule -StartTime 22:00 -EndTime 06:00 -Weekday Mon -ShouldCharge\n" +
                "$vehicle | New-EnodeSchedule -Rule $night, @{ Weekday = 'Saturday', 6; ShouldCharge = $false } -Enabled").AssertSucceeded();

            var sent = session.Emulator.Journal.Api().Last();
            Assert.Equal(("POST", $"/users/{vehicle.UserId}/schedules"), (sent.Method, sent.Path));
            Assert.Equal($"{{\"targetId\":\"{vehicle.Id}\",\"locationId\":null,\"targetType\":\"vehicle\",\"isEnabled\":true,\"defaultShouldCharge\":false,\"rules\":[{{\"hourMinute\":{{\"from\":\"22:00\",\"to\":\"06:00\"}},\"weekdays\":[0],\"shouldCharge\":true}},{{\"weekdays\":[5,6],\"shouldCharge\":false}}]}}", sent.Body);
            var schedule = result.OutputOf<Schedule>().Single();
            Assert.Equal("EnodePS.Schedule", result.Output[0].TypeNames[0]);
            Assert.Equal((vehicle.Id, "vehicle", 2), (schedule.TargetId, schedule.TargetType, schedule.Rules.Count));
        }

        [Fact]
        public void The_target_type_comes_from_the_model_types_name_so_chargers_work_too()
        {
            using var session = new PowerShellSession();
            var charger = session.Run("$charger = Get-EnodeCharger -First 1; $charger").AssertSucceeded().OutputOf<Charger>().Single();
            var before = session.Emulator.RequestCount;

            Assert.Empty(session.Run("$charger | New-EnodeSchedule -WhatIf").AssertSucceeded().Output);
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("$charger | New-EnodeSchedule -Confirm");

            Assert.Empty(declined.AllErrors);
            Assert.Contains(ConfirmPrompt.Operation("Create schedule", $"charger {charger.Id} of user {charger.UserId}"), Assert.Single(declined.Prompts));
            Assert.Equal(before, session.Emulator.RequestCount);
            var userId = session.Emulator.State.Vehicles.All[0].UserId;
            var location = Assert.Single(session.Run("New-EnodeLocation -UserId $userId -Name Home -Latitude 1 -Longitude 1 | New-EnodeSchedule", new { userId }).AllErrors);
            Assert.Equal("EnodeInputNotAccepted,EnodePS.Cmdlets.Schedules.NewEnodeScheduleCommand", location.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidType, location.CategoryInfo.Category);
            Assert.Contains("New-EnodeSchedule cannot take a Location from the pipeline (-InputObject). It takes a Vehicle (Id → -DeviceId), a Charger (Id → -DeviceId).", location.Exception.Message);
            var untyped = Assert.Single(session.Run("[pscustomobject]@{ Id = 'x'; UserId = $userId } | New-EnodeSchedule", new { userId }).AllErrors);
            Assert.Equal("EnodeInputNotAccepted,EnodePS.Cmdlets.Schedules.NewEnodeScheduleCommand", untyped.FullyQualifiedErrorId);
        }

        [Fact]
        public void Explicit_parameters_work_from_a_script_and_bad_rules_are_named_before_sending()
        {
            using var session = new PowerShellSession();
            var vehicle = session.Emulator.State.Vehicles.All[0];
            var target = new { userId = vehicle.UserId, targetId = vehicle.Id };
            const string explicitTarget = "New-EnodeSchedule -UserId $userId -DeviceId $targetId -DeviceType vehicle";
            var before = session.Emulator.RequestCount;

            var badKey = Assert.Single(session.Run(explicitTarget + " -Rule @{ Start = '22:00'; ShouldCharge = $true }", target).AllErrors);
            Assert.Contains("for -Rule[0]: a rule's keys are hourMinute, from, to, weekdays, weekday, fromTimestamp, toTimestamp, shouldCharge", badKey.Exception.Message);
            var noCharge = Assert.Single(session.Run(explicitTarget + " -Rule @{ From = '22:00'; To = '06:00' }", target).AllErrors);
            Assert.Contains("for -Rule[0].shouldCharge: $true or $false", noCharge.Exception.Message);
            var notARule = Assert.Single(session.Run(explicitTarget + " -Rule '22-06'", target).AllErrors);
            Assert.Contains("for -Rule[0]: rules made with New-EnodeScheduleRule, or hashtables", notARule.Exception.Message);
            Assert.All(new[] { badKey, noCharge, notARule }, e =>
                Assert.Equal(("EnodeInvalidParameter,EnodePS.Cmdlets.Schedules.NewEnodeScheduleCommand", ErrorCategory.InvalidArgument), (e.FullyQualifiedErrorId, e.CategoryInfo.Category)));
            Assert.Equal(before, session.Emulator.RequestCount);

            var result = session.Run("New-EnodeSchedule -UserId $userId -DeviceId $targetId -DeviceType Vehicle -DefaultShouldCharge", target).AssertSucceeded();
            Assert.Contains("\"isEnabled\":false,\"defaultShouldCharge\":true,\"rules\":[]", session.Emulator.Journal.Api().Last().Body);
            Assert.False(result.OutputOf<Schedule>().Single().IsEnabled);
        }
    }
}
