using System;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Client.Models;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Hvacs
{
    public class SetEnodeHvacModeTests
    {
        [Fact]
        public void Holds_units_from_Get_EnodeHvac_and_returns_them_to_their_schedule()
        {
            using var session = ControlledEmulator.NewSession();
            var records = session.Controllable(DeviceKind.Hvac, 2);
            var hvacs = session.Run("Get-EnodeHvac -Id $ids", new { ids = records.Select(r => r.Id).ToArray() }).AssertSucceeded().Output;
            session.Host.Answer = PromptAnswer.Yes;

            var hold = session.Run("$hvacs | Set-EnodeHvacMode -PermanentHold -Mode cool -CoolSetpoint 22 -Confirm", new { hvacs });
            session.Host.Answer = PromptAnswer.Refuse;
            var auto = session.Run("Set-EnodeHvacMode -Id $id -PermanentHold -Mode AUTO -HeatSetpoint 19 -CoolSetpoint 24", new { id = records[0].Id });
            var follow = session.Run("Set-EnodeHvacMode -Id $id -FollowSchedule", new { id = records[1].Id });

            Assert.Empty(hold.AllErrors.Concat(auto.AllErrors).Concat(follow.AllErrors));
            Assert.Empty(auto.Prompts.Concat(follow.Prompts));
            Assert.All(hold.OutputOf<VendorAction>(), a => Assert.Equal(("COOL", 22.0, "PERMANENT"), (a.Target!.Mode, a.Target.CoolSetpoint, a.Target.HoldType)));
            Assert.Equal(new[] { "{\"mode\":\"COOL\",\"coolSetpoint\":22}", "{\"mode\":\"COOL\",\"coolSetpoint\":22}", "{\"mode\":\"AUTO\",\"heatSetpoint\":19,\"coolSetpoint\":24}" },
                session.Sent("POST /hvacs/{hvacId}/permanent-hold").Select(r => r.Body));
            var schedule = Assert.Single(session.Sent("POST /hvacs/{hvacId}/follow-schedule"));
            Assert.Equal("", schedule.Body);
            Assert.Equal("SCHEDULED", Assert.Single(follow.OutputOf<VendorAction>()).Target!.HoldType);
            Assert.Equal(2, hold.Prompts.Count);
            Assert.Contains(ConfirmPrompt.Operation("Hold COOL cool 22", "hvac " + records[0].Id), hold.Prompts[0]);
        }

        [Theory]
        [InlineData("-Mode HEAT", "-HeatSetpoint")]
        [InlineData("-Mode COOL -HeatSetpoint 20 -CoolSetpoint 22", "-HeatSetpoint")]
        [InlineData("-Mode AUTO -HeatSetpoint 24 -CoolSetpoint 20", "-CoolSetpoint")]
        public void A_hold_without_the_setpoints_its_mode_uses_stops_the_cmdlet_before_any_request(string arguments, string parameter)
        {
            using var session = ControlledEmulator.NewSession();

            var result = session.RunCatchingTerminating("Set-EnodeHvacMode -Id h -PermanentHold " + arguments);

            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Hvacs.SetEnodeHvacModeCommand", result.Terminating?.FullyQualifiedErrorId);
            Assert.Contains(parameter, result.Terminating!.Exception.Message);
            Assert.Contains("Allowed values", result.Terminating.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void A_mode_outside_the_documented_ones_is_refused_naming_them_before_any_request()
        {
            using var session = ControlledEmulator.NewSession();

            var result = session.RunCatchingTerminating("Set-EnodeHvacMode -Id h -PermanentHold -Mode DRY");

            // -Mode is a ValidateSet: PowerShell's binder refuses the value before the cmdlet runs.
            Assert.Equal("ParameterArgumentValidationError,EnodePS.Cmdlets.Hvacs.SetEnodeHvacModeCommand", result.Terminating?.FullyQualifiedErrorId);
            Assert.Contains("Mode", result.Terminating!.Exception.Message);
            Assert.Contains("HEAT,COOL,AUTO,OFF", result.Terminating.Exception.Message);
            Assert.Empty(session.Changes());
        }

        [Fact]
        public void A_hold_the_unit_cannot_take_is_an_error_for_that_unit_before_any_request()
        {
            using var session = ControlledEmulator.NewSession();
            var records = session.Controllable(DeviceKind.Hvac, 3);
            lock (session.Emulator.State.Gate)
            {
                records[0].Body["capabilities"]!["capableModes"] = new JsonArray("OFF", "HEAT");
                records[1].Body["capabilities"]!["setPermanentHold"] = CapabilityJson.NotCapable(new[] { "0f2c6b0e-7c55-4b8e-9d1f-2a7f8e3c9b11" });
            }

            var result = session.Run("Get-EnodeHvac -Id $ids | Set-EnodeHvacMode -PermanentHold -Mode COOL -CoolSetpoint 22",
                new { ids = records.Select(r => r.Id).ToArray() });

            Assert.Equal(new[] { "EnodeInvalidArgument", "EnodeNotCapable" }.Select(id => id + ",EnodePS.Cmdlets.Hvacs.SetEnodeHvacModeCommand"),
                result.AllErrors.Select(e => e.FullyQualifiedErrorId));
            Assert.Contains("OFF, HEAT", result.Errors[0].Exception.Message);
            Assert.Contains("0f2c6b0e-7c55-4b8e-9d1f-2a7f8e3c9b11", result.Errors[1].Exception.Message);
            Assert.Equal(new object[] { records[0].Id, records[1].Id }, result.Errors.Select(e => e.TargetObject));
            Assert.Equal($"/hvacs/{records[2].Id}/permanent-hold", Assert.Single(session.Sent("POST /hvacs/{hvacId}/permanent-hold")).Path);
        }

        [Fact]
        public void What_if_sends_no_hold()
        {
            using var session = ControlledEmulator.NewSession();
            var hvac = session.Controllable(DeviceKind.Hvac)[0];

            var result = session.Run("Set-EnodeHvacMode -Id $id -FollowSchedule -WhatIf", new { id = hvac.Id });

            result.AssertSucceeded();
            Assert.Equal(new[] { ("hvac " + hvac.Id, "Follow the device's schedule") }, result.WhatIf);
            Assert.Empty(result.Output);
            Assert.Empty(session.Changes());
        }
    }
}
