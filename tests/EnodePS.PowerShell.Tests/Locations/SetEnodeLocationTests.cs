using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Locations
{
    public class SetEnodeLocationTests
    {
        [Fact]
        public void Set_without_changes_and_whatif_send_nothing()
        {
            using var session = new PowerShellSession();
            var before = session.Emulator.RequestCount;

            var nothing = Assert.Single(session.Run("Set-EnodeLocation -Id l").AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Locations.SetEnodeLocationCommand", nothing.FullyQualifiedErrorId);
            Assert.Contains("give at least one of -Name, -Latitude, -Longitude or -TimezoneName", nothing.Exception.Message);

            session.Host.Answer = PromptAnswer.No;
            foreach (var (command, action) in new[]
            {
                ("New-EnodeLocation -UserId u -Name X -Latitude 1 -Longitude 1", "Create location"),
                ("Set-EnodeLocation -Id l -Name Y", "Update location"),
                ("Remove-EnodeLocation -Id l", "Delete location"),
            })
            {
                var whatIf = session.Run(command + " -WhatIf");
                Assert.Empty(whatIf.AllErrors);
                Assert.Empty(whatIf.Output);
                var declined = session.Run(command + " -Confirm");
                Assert.Empty(declined.AllErrors);
                Assert.Contains(action, Assert.Single(declined.Prompts));
            }
            Assert.Equal(before, session.Emulator.RequestCount);
        }
    }
}
