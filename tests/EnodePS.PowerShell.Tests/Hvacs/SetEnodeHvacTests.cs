using System;
using System.Linq;
using EnodePS.Client.Models;
using EnodePS.Emulator.Actions;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Hvacs
{
    public class SetEnodeHvacTests
    {
        [Fact]
        public void Puts_a_unit_from_the_pipeline_at_a_location_quietly_and_clears_it_after_confirming()
        {
            using var session = ControlledEmulator.NewSession();
            var hvac = session.Controllable(DeviceKind.Hvac)[0];
            var cabin = session.AddLocation(hvac.UserId!);

            var quiet = session.Run("Get-EnodeHvac -Id $id | Set-EnodeHvac -LocationId $cabin", new { id = hvac.Id, cabin }).AssertSucceeded();
            session.Host.Answer = PromptAnswer.Yes;
            var cleared = session.Run("Set-EnodeHvac -Id $id -ClearLocation -PassThru -Confirm", new { id = hvac.Id });

            Assert.Empty(quiet.Output);
            Assert.Empty(cleared.AllErrors);
            Assert.Null(Assert.Single(cleared.OutputOf<Hvac>()).Location.Id);
            Assert.Equal(new[] { "{\"locationId\":\"" + cabin + "\"}", "{\"locationId\":null}" }, session.Sent("PUT /hvacs/{hvacId}").Select(r => r.Body));
            Assert.Contains(ConfirmPrompt.Operation("Clear the location", "hvac " + hvac.Id), Assert.Single(cleared.Prompts));
        }
    }
}
