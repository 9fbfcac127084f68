using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Schedules;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;

namespace EnodePS.Cmdlets.Tests
{
    public class ScheduleCmdletTests
    {
        private static ScheduleRule Rule(RecordingHost host) => host.OutputOf<ScheduleRule>().Single();

        /// <summary>Stands in for the client's charger model, which another area adds: only the type's name matters.</summary>
        private sealed class Charger
        {
            public string Id { get; set; } = "";
            public string UserId { get; set; } = "";
        }

        [Fact]
        public void New_EnodeScheduleRule_builds_a_checked_rule_and_sends_nothing()
        {
            var host = CmdletRunner.Run(new NewEnodeScheduleRuleCommand
            {
                From = "22:00", To = "6:00", Weekday = new[] { "Monday", "tue", "4" },
                FromTimestamp = new DateTime(2024, 12, 1, 0, 0, 0, DateTimeKind.Utc),
            }.With("ShouldCharge"));

            var rule = Rule(host);
            Assert.Equal(("22:00", "06:00", true), (rule.HourMinute!.From, rule.HourMinute.To, rule.ShouldCharge));
            Assert.Equal(new[] { 0, 1, 4 }, rule.Weekdays);
            Assert.Equal(new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero), rule.FromTimestamp);
            Assert.False(Rule(CmdletRunner.Run(new NewEnodeScheduleRuleCommand { Weekday = new[] { "Sat", "Sun" } })).ShouldCharge);

            var whatIf = CmdletRunner.Run(new NewEnodeScheduleRuleCommand { From = "01:00", To = "02:00" }, new RecordingHost { WhatIf = true });
            Assert.Empty(whatIf.Output);
            Assert.Equal("don't charge 01:00-02:00", whatIf.ShouldProcessCalls.Single().Target);
        }

        [Theory]
        [InlineData("25:00", "06:00", null, "From", "a clock time HH:mm from 00:00 to 23:59")]
        [InlineData("22:00", "6", null, "To", "a clock time HH:mm from 00:00 to 23:59")]
        [InlineData("22:00", null, null, "To", "both From and To")]
        [InlineData(null, null, "Someday", "Weekday", "weekday names (Monday to Sunday, or Mon to Sun) or numbers from 0 (Monday) to 6 (Sunday)")]
        [InlineData(null, null, "7", "Weekday", "weekday names (Monday to Sunday, or Mon to Sun) or numbers")]
        public void New_EnodeScheduleRule_names_the_parameter_and_the_allowed_values(string? from, string? to, string? weekday, string parameter, string allowed)
        {
            var host = CmdletRunner.Run(new NewEnodeScheduleRuleCommand { From = from, To = to, Weekday = weekday == null ? null : new[] { weekday } });

            Assert.Equal(("EnodeInvalidParameter", ErrorCategory.InvalidArgument), (host.Terminating!.ErrorId, host.Terminating.Category));
            Assert.Contains($"for -{parameter}: {allowed}", host.Terminating.Exception.Message);
        }

        [Fact]
        public void A_vehicle_from_Get_EnodeVehicle_pipes_to_New_EnodeSchedule_with_rules_as_objects_and_hashtables()
        {
            using var session = new CmdletSession();
            var vehicle = session.Run(new GetEnodeVehicleCommand()).OutputOf<Vehicle>().First();
            var night = Rule(CmdletRunner.Run(new NewEnodeScheduleRuleCommand { From = "22:00", To = "06:00", Weekday = new[] { "Mon" } }.With("ShouldCharge")));
            var weekend = new Hashtable { ["Weekday"] = new object[] { "Saturday", 6 }, ["ShouldCharge"] = false };

            var host = session.Run(new NewEnodeScheduleCommand { Rule = new object[] { night, weekend } }.With("Enabled"), vehicle);

            Assert.Null(host.Terminating);
            var sent = session.Emulator.LastApiRequest();
            Assert.Equal(("POST", $"/users/{vehicle.UserId}/schedules"), (sent.Method, sent.Path));
            Assert.Equal($"{{\"targetId\":\"{vehicle.Id}\",\"locationId\":null,\"targetType\":\"vehicle\",\"isEnabled\":true,\"defaultShouldCharge\":false,\"rules\":[{{\"hourMinute\":{{\"from\":\"22:00\",\"to\":\"06:00\"}},\"weekdays\":[0],\"shouldCharge\":true}},{{\"weekdays\":[5,6],\"shouldCharge\":false}}]}}", sent.Body);
            var schedule = host.OutputOf<Schedule>().Single();
            Assert.Equal((vehicle.Id, "vehicle", 2), (schedule.TargetId, schedule.TargetType, schedule.Rules.Count));
        }

        [Fact]
        public void The_target_type_comes_from_the_model_types_name_so_chargers_work_too()
        {
            using var session = new CmdletSession();
            var vehicle = session.Emulator.State.Vehicles.All[0];
            var whatIf = session.NewHost();
            whatIf.WhatIf = true;

            session.Run(new NewEnodeScheduleCommand(), whatIf, new Charger { Id = "c-1", UserId = "u-1" });

            Assert.Equal("charger c-1 of user u-1", whatIf.ShouldProcessCalls.Single().Target);
            var location = session.Run(new NewEnodeScheduleCommand(), new Location { Id = "l", UserId = vehicle.UserId! });
            Assert.Equal("EnodeInvalidParameter", location.Terminating!.ErrorId);
            Assert.Contains("for -InputObject: a vehicle or a charger", location.Terminating.Exception.Message);
        }

        [Fact]
        public void Explicit_parameters_work_from_a_script_and_bad_rules_are_named_before_sending()
        {
            using var session = new CmdletSession();
            var vehicle = session.Emulator.State.Vehicles.All[0];
            var before = session.Emulator.RequestCount;

            var badKey = session.Run(new NewEnodeScheduleCommand { UserId = vehicle.UserId, TargetId = vehicle.Id, TargetType = "vehicle", Rule = new object[] { new Hashtable { ["Start"] = "22:00", ["ShouldCharge"] = true } } });
            Assert.Contains("for -Rule[0]: a rule's keys are hourMinute, from, to, weekdays, weekday, fromTimestamp, toTimestamp, shouldCharge", badKey.Terminating!.Exception.Message);
            var noCharge = session.Run(new NewEnodeScheduleCommand { UserId = vehicle.UserId, TargetId = vehicle.Id, TargetType = "vehicle", Rule = new object[] { new Hashtable { ["From"] = "22:00", ["To"] = "06:00" } } });
            Assert.Contains("for -Rule[0].shouldCharge: $true or $false", noCharge.Terminating!.Exception.Message);
            var notARule = session.Run(new NewEnodeScheduleCommand { UserId = vehicle.UserId, TargetId = vehicle.Id, TargetType = "vehicle", Rule = new object[] { "22-06" } });
            Assert.Contains("for -Rule[0]: rules made with New-EnodeScheduleRule, or hashtables", notARule.Terminating!.Exception.Message);
            Assert.Equal(before, session.Emulator.RequestCount);

            var host = session.Run(new NewEnodeScheduleCommand { UserId = vehicle.UserId, TargetId = vehicle.Id, TargetType = "Vehicle" }.With("DefaultShouldCharge"));
            Assert.Contains("\"isEnabled\":false,\"defaultShouldCharge\":true,\"rules\":[]", session.Emulator.LastApiRequest().Body);
            Assert.False(host.OutputOf<Schedule>().Single().IsEnabled);
        }

        [Fact]
        public void Set_sends_a_partial_update_get_lists_and_remove_deletes()
        {
            using var session = new CmdletSession();
            var vehicle = session.Emulator.State.Vehicles.All[0];
            var schedule = session.Run(new NewEnodeScheduleCommand { UserId = vehicle.UserId, TargetId = vehicle.Id, TargetType = "vehicle" }.With("Enabled")).OutputOf<Schedule>().Single();

            var updated = session.Run(new SetEnodeScheduleCommand { Enabled = false, Rule = new object[] { new Hashtable { ["hourMinute"] = new Hashtable { ["from"] = "01:00", ["to"] = "05:00" }, ["shouldCharge"] = true } } }.With("PassThru"), schedule);
            Assert.Equal(("PUT", $"/schedules/{schedule.Id}", "{\"isEnabled\":false,\"rules\":[{\"hourMinute\":{\"from\":\"01:00\",\"to\":\"05:00\"},\"shouldCharge\":true}]}"),
                (session.Emulator.LastApiRequest().Method, session.Emulator.LastApiRequest().Path, session.Emulator.LastApiRequest().Body));
            Assert.False(updated.OutputOf<Schedule>().Single().IsEnabled);
            session.Run(new SetEnodeScheduleCommand { Id = schedule.Id }.With("NoLocation"));
            Assert.Equal("{\"locationId\":null}", session.Emulator.LastApiRequest().Body);
            Assert.Contains("give at least one of -Enabled", session.Run(new SetEnodeScheduleCommand { Id = schedule.Id }).Terminating!.Exception.Message);

            Assert.Equal(schedule.Id, session.Run(new GetEnodeScheduleCommand { UserId = vehicle.UserId }).OutputOf<Schedule>().Single().Id);
            Assert.Equal(schedule.Id, session.Run(new GetEnodeScheduleCommand(), schedule).OutputOf<Schedule>().Single().Id);
            var status = session.Run(new GetEnodeScheduleStatusCommand(), schedule).OutputOf<ScheduleStatus>().Single();
            Assert.Equal((schedule.Id, "INACTIVE:DISABLED"), (status.ScheduleId, status.State));
            Assert.Equal($"/schedules/{schedule.Id}/status", session.Emulator.LastApiRequest().Path);

            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            var before = session.Emulator.RequestCount;
            session.Run(new RemoveEnodeScheduleCommand(), whatIf, schedule);
            session.Run(new SetEnodeScheduleCommand { Enabled = true }, whatIf, schedule);
            Assert.Equal(before, session.Emulator.RequestCount);

            session.Run(new RemoveEnodeScheduleCommand(), schedule);
            Assert.Equal(("DELETE", 204), (session.Emulator.LastApiRequest().Method, session.Emulator.LastApiRequest().Status));
            Assert.Equal("EnodeNotFound", session.Run(new GetEnodeScheduleStatusCommand(), schedule).Errors.Single().ErrorId);
        }
    }
}
