using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Batteries;
using EnodePS.Cmdlets.Chargers;
using EnodePS.Cmdlets.Hvacs;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Time;
using ActionStates = EnodePS.Client.ActionStates;
using Record = EnodePS.Emulator.State.Record;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>Set-EnodeHvacMode, Set-EnodeBatteryOperationMode, Set-EnodeCharger and Set-EnodeHvac against the emulator.</summary>
    public class DeviceControlCmdletTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        private static CmdletSession NewSession() => new CmdletSession(ControlSession.ManualClockOptions(new ManualEmulatorClock(Now)));

        [Fact]
        public void Set_EnodeHvacMode_holds_units_from_Get_EnodeHvac_and_returns_them_to_their_schedule()
        {
            using var session = NewSession();
            var records = session.Controllable(DeviceKind.Hvac, 2);
            var hvacs = session.Run(new GetEnodeHvacCommand { Id = records.Select(r => r.Id).ToArray() }).Output.Cast<object>().ToArray();

            var hold = session.Run(new SetEnodeHvacModeCommand { Mode = "cool", CoolSetpoint = 22 }.With("PermanentHold"), hvacs);
            var auto = session.Run(new SetEnodeHvacModeCommand { Id = new[] { records[0].Id }, Mode = "AUTO", HeatSetpoint = 19, CoolSetpoint = 24 }.With("PermanentHold"));
            var follow = session.Run(new SetEnodeHvacModeCommand { Id = new[] { records[1].Id } }.With("FollowSchedule"));

            Assert.Empty(hold.Errors.Concat(auto.Errors).Concat(follow.Errors));
            Assert.All(hold.OutputOf<VendorAction>(), a => Assert.Equal(("COOL", 22.0, "PERMANENT"), (a.Target!.Mode, a.Target.CoolSetpoint, a.Target.HoldType)));
            Assert.Equal(new[] { "{\"mode\":\"COOL\",\"coolSetpoint\":22}", "{\"mode\":\"COOL\",\"coolSetpoint\":22}", "{\"mode\":\"AUTO\",\"heatSetpoint\":19,\"coolSetpoint\":24}" },
                session.Sent("POST /hvacs/{hvacId}/permanent-hold").Select(r => r.Body));
            var schedule = Assert.Single(session.Sent("POST /hvacs/{hvacId}/follow-schedule"));
            Assert.Equal("", schedule.Body);
            Assert.Equal("SCHEDULED", Assert.Single(follow.OutputOf<VendorAction>()).Target!.HoldType);
            Assert.Equal(("hvac " + records[0].Id, "Hold COOL cool 22"), hold.ShouldProcessCalls[0]);
        }

        [Theory]
        [InlineData("HEAT", null, null, "-HeatSetpoint")]
        [InlineData("COOL", 20.0, 22.0, "-HeatSetpoint")]
        [InlineData("AUTO", 24.0, 20.0, "-CoolSetpoint")]
        [InlineData("DRY", null, null, "-Mode")]
        public void A_hold_without_the_setpoints_its_mode_uses_stops_the_cmdlet_before_any_request(string mode, double? heat, double? cool, string parameter)
        {
            using var session = NewSession();

            var host = session.Run(new SetEnodeHvacModeCommand { Id = new[] { "h" }, Mode = mode, HeatSetpoint = heat, CoolSetpoint = cool }.With("PermanentHold"));

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains(parameter, host.Terminating.Exception.Message);
            Assert.Contains("Allowed values", host.Terminating.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void A_hold_the_unit_cannot_take_is_an_error_for_that_unit_before_any_request()
        {
            using var session = NewSession();
            var records = session.Controllable(DeviceKind.Hvac, 3);
            lock (session.Emulator.State.Gate)
            {
                records[0].Body["capabilities"]!["capableModes"] = new JsonArray("OFF", "HEAT");
                records[1].Body["capabilities"]!["setPermanentHold"] = CapabilityJson.NotCapable(new[] { "0f2c6b0e-7c55-4b8e-9d1f-2a7f8e3c9b11" });
            }
            var hvacs = session.Run(new GetEnodeHvacCommand { Id = records.Select(r => r.Id).ToArray() }).Output.Cast<object>().ToArray();

            var host = session.Run(new SetEnodeHvacModeCommand { Mode = "COOL", CoolSetpoint = 22 }.With("PermanentHold"), hvacs);

            Assert.Equal(new[] { "EnodeInvalidArgument", "EnodeNotCapable" }, host.Errors.Select(e => e.ErrorId));
            Assert.Contains("OFF, HEAT", host.Errors[0].Exception.Message);
            Assert.Contains("0f2c6b0e-7c55-4b8e-9d1f-2a7f8e3c9b11", host.Errors[1].Exception.Message);
            Assert.Equal(new[] { records[0].Id, records[1].Id }, host.Errors.Select(e => e.Target));
            Assert.Equal($"/hvacs/{records[2].Id}/permanent-hold", Assert.Single(session.Sent("POST /hvacs/{hvacId}/permanent-hold")).Path);
        }

        [Fact]
        public void Set_EnodeBatteryOperationMode_sends_the_documented_mode_and_refuses_one_the_battery_does_not_allow()
        {
            using var session = NewSession();
            var records = session.Controllable(DeviceKind.Battery, 2);
            lock (session.Emulator.State.Gate) records[1].Body["capabilities"]!["exportFocus"] = CapabilityJson.NotCapable(new string[0]);
            var batteries = session.Run(new GetEnodeBatteryCommand { Id = records.Select(r => r.Id).ToArray() }).Output.Cast<object>().ToArray();

            var host = session.Run(new SetEnodeBatteryOperationModeCommand { OperationMode = "export focus" }, batteries);

            var action = Assert.Single(host.OutputOf<VendorAction>());
            Assert.Equal(("EXPORT_FOCUS", ActionStates.Pending, records[0].Id), (action.TargetState!.OperationMode, action.State, action.TargetId));
            Assert.Equal("{\"operationMode\":\"EXPORT_FOCUS\"}", Assert.Single(session.Sent("POST /batteries/{batteryId}/operation-mode")).Body);
            var error = Assert.Single(host.Errors);
            Assert.Equal("EnodeNotCapable", error.ErrorId);
            Assert.Contains("exportFocus", error.Exception.Message);
            Assert.Equal(records[1].Id, error.Target);
        }

        [Fact]
        public void An_operation_mode_outside_the_documented_ones_stops_the_cmdlet_naming_them()
        {
            using var session = NewSession();

            var host = session.Run(new SetEnodeBatteryOperationModeCommand { Id = new[] { "b" }, OperationMode = "BOOST" });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-OperationMode", host.Terminating.Exception.Message);
            Assert.Contains("IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE, IDLE", host.Terminating.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void Set_EnodeCharger_and_Set_EnodeHvac_put_devices_from_the_pipeline_at_a_location_or_none()
        {
            using var session = NewSession();
            var charger = session.Controllable(DeviceKind.Charger)[0];
            var hvac = session.Controllable(DeviceKind.Hvac)[0];
            var home = AddLocation(session, charger.UserId!);
            var cabin = AddLocation(session, hvac.UserId!);
            var chargerObject = session.Run(new GetEnodeChargerCommand { Id = new[] { charger.Id } }).Output[0]!;
            var hvacObject = session.Run(new GetEnodeHvacCommand { Id = new[] { hvac.Id } }).Output[0]!;

            var placed = session.Run(new SetEnodeChargerCommand { LocationId = home }.With("PassThru"), chargerObject);
            var quiet = session.Run(new SetEnodeHvacCommand { LocationId = cabin }, hvacObject);
            var cleared = session.Run(new SetEnodeHvacCommand { Id = new[] { hvac.Id } }.With("ClearLocation", "PassThru"));

            Assert.Equal(home, Assert.Single(placed.OutputOf<Charger>()).Location.Id);
            Assert.Empty(quiet.Output);
            Assert.Null(Assert.Single(cleared.OutputOf<Hvac>()).Location.Id);
            Assert.Equal("{\"locationId\":\"" + home + "\"}", Assert.Single(session.Sent("PUT /chargers/{chargerId}")).Body);
            Assert.Equal(new[] { "{\"locationId\":\"" + cabin + "\"}", "{\"locationId\":null}" }, session.Sent("PUT /hvacs/{hvacId}").Select(r => r.Body));
            Assert.Equal(("hvac " + hvac.Id, "Clear the location"), Assert.Single(cleared.ShouldProcessCalls));
        }

        [Fact]
        public void Setting_another_users_location_is_an_invalid_argument_and_what_if_sends_nothing()
        {
            using var session = NewSession();
            var charger = session.Controllable(DeviceKind.Charger)[0];
            var foreign = AddLocation(session, "someone-else");
            var whatIf = session.NewHost();
            whatIf.WhatIf = true;

            session.Run(new SetEnodeChargerCommand { Id = new[] { charger.Id }, LocationId = foreign }, whatIf);
            Assert.Empty(session.Changes());
            var host = session.Run(new SetEnodeChargerCommand { Id = new[] { charger.Id }, LocationId = foreign });

            var error = Assert.Single(host.Errors);
            Assert.Equal("EnodeBadRequest", error.ErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.Category);
            Assert.Equal(charger.Id, error.Target);
        }

        [Fact]
        public void What_if_sends_no_hold_and_no_operation_mode()
        {
            using var session = NewSession();
            var hvac = session.Controllable(DeviceKind.Hvac)[0];
            var battery = session.Controllable(DeviceKind.Battery)[0];
            var host = session.NewHost();
            host.WhatIf = true;

            session.Run(new SetEnodeHvacModeCommand { Id = new[] { hvac.Id } }.With("FollowSchedule"), host);
            session.Run(new SetEnodeBatteryOperationModeCommand { Id = new[] { battery.Id }, OperationMode = "IDLE" }, host);

            Assert.Equal(2, host.ShouldProcessCalls.Count);
            Assert.Empty(host.Output);
            Assert.Empty(session.Changes());
        }

        private static string AddLocation(CmdletSession session, string userId)
        {
            var id = Guid.NewGuid().ToString();
            lock (session.Emulator.State.Gate)
                session.Emulator.State.Locations.Add(new Record(id, userId, Now, new JsonObject { ["id"] = id, ["userId"] = userId }));
            return id;
        }
    }
}
