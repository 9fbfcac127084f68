using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Schedules
{
    public class SetEnodeScheduleTests
    {
        [Fact]
        public void Set_sends_a_partial_update_get_lists_and_remove_deletes()
        {
            using var session = new PowerShellSession();
            var vehicle = session.Emulator.State.Vehicles.All[0];
            var schedule = session.Run("$schedule = New-EnodeSchedule -UserId $userId -DeviceId $targetId -DeviceType vehicle -Enabled; $schedule", new { userId = vehicle.UserId, targetId = vehicle.Id })
                .AssertSucceeded().OutputOf<Schedule>().Single();

            var updated = session.Run("$schedule | Set-EnodeSchedule -Enabled:$false -Rule @{ hourMinute = @{ from = '01:00'; to = '05:00' }; shouldCharge = $true } -PassThru").AssertSucceeded();
            Assert.Equal(("PUT", $"/schedules/{schedule.Id}", "{\"isEnabled\":false,\"rules\":[{\"hourMinute\":{\"from\":\"01:00\",\"to\":\"05:00\"},\"shouldCharge\":true}]}"),
                (session.Emulator.Journal.Api().Last().Method, session.Emulator.Journal.Api().Last().Path, session.Emulator.Journal.Api().Last().Body));
            Assert.False(updated.OutputOf<Schedule>().Single().IsEnabled);
            session.Run("Set-EnodeSchedule -Id $schedule.Id -NoLocation").AssertSucceeded();
            Assert.Equal("{\"locationId\":null}", session.Emulator.Journal.Api().Last().Body);
            var nothing = Assert.Single(session.Run("Set-EnodeSchedule -Id $schedule.Id").AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Schedules.SetEnodeScheduleCommand", nothing.FullyQualifiedErrorId);
            Assert.Contains("give at least one of -Enabled", nothing.Exception.Message);

            Assert.Equal(schedule.Id, session.Run("Get-EnodeSchedule -UserId $userId", new { userId = vehicle.UserId }).AssertSucceeded().OutputOf<Schedule>().Single().Id);
            Assert.Equal(schedule.Id, session.Run("$schedule | Get-EnodeSchedule").AssertSucceeded().OutputOf<Schedule>().Single().Id);
            var statusResult = session.Run("$schedule | Get-EnodeScheduleStatus").AssertSucceeded();
            var status = statusResult.OutputOf<ScheduleStatus>().Single();
            Assert.Equal("EnodePS.ScheduleStatus", statusResult.Output[0].TypeNames[0]);
            Assert.Equal((schedule.Id, "INACTIVE:DISABLED"), (status.ScheduleId, status.State));
            Assert.Equal($"/schedules/{schedule.Id}/status", session.Emulator.Journal.Api().Last().Path);

            var before = session.Emulator.RequestCount;
            session.Run("$schedule | Remove-EnodeSchedule -WhatIf").AssertSucceeded();
            session.Run("$schedule | Set-EnodeSchedule -Enabled:$true -WhatIf").AssertSucceeded();
            Assert.Equal(before, session.Emulator.RequestCount);

            session.Run("$schedule | Remove-EnodeSchedule").AssertSucceeded();
            Assert.Equal(("DELETE", 204), (session.Emulator.Journal.Api().Last().Method, session.Emulator.Journal.Api().Last().Status));
            var gone = Assert.Single(session.Run("$schedule | Get-EnodeScheduleStatus").Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Schedules.GetEnodeScheduleStatusCommand", gone.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, gone.CategoryInfo.Category);
        }

        [Fact]
        public void Switches_turn_on_and_off_and_remove_writes_the_schedule_only_with_PassThru()
        {
            using var session = new PowerShellSession();
            var vehicle = session.Emulator.State.Vehicles.All[0];
            session.Invoke("$schedule = New-EnodeSchedule -UserId $userId -DeviceId $deviceId -DeviceType vehicle", new { userId = vehicle.UserId, deviceId = vehicle.Id });

            var on = session.Run("$schedule | Set-EnodeSchedule -Enabled -DefaultShouldCharge").AssertSucceeded();
            Assert.Empty(on.Output);
            Assert.Equal("{\"isEnabled\":true,\"defaultShouldCharge\":true}", session.Emulator.Journal.Api().Last().Body);
            session.Run("$schedule | Set-EnodeSchedule -Enabled:$false").AssertSucceeded();
            Assert.Equal("{\"isEnabled\":false}", session.Emulator.Journal.Api().Last().Body);

            // The bool form of 0.1.0 fails loudly instead of turning the schedule on: $false is left over as an argument.
            var before = session.Emulator.RequestCount;
            var oldForm = Assert.Single(session.Run("Set-EnodeSchedule -Id $schedule.Id -Enabled $false").AllErrors);
            Assert.StartsWith("PositionalParameterNotFound", oldForm.FullyQualifiedErrorId);
            Assert.Equal(before, session.Emulator.RequestCount);

            var removed = session.Run("$schedule | Remove-EnodeSchedule -PassThru").AssertSucceeded();
            Assert.Equal(session.Invoke("$schedule.Id").Single(), removed.OutputOf<Schedule>().Single().Id);
            Assert.Equal(("GET", "DELETE"), (session.Emulator.Journal.Api()[^2].Method, session.Emulator.Journal.Api()[^1].Method));
        }
    }
}
