using System.Linq;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Connections
{
    public class DisconnectEnodeTests
    {
        [Fact]
        public void Closes_the_current_connection_and_later_calls_say_so()
        {
            using var session = new PowerShellSession();

            var result = session.Run("$old = Get-EnodeConnection; Disconnect-Enode; $old.IsConnected").AssertSucceeded();

            Assert.Equal(false, result.Objects.Single());
            Assert.Empty(session.Invoke("Get-EnodeConnection"));
            var after = session.Run("Get-EnodeVehicle");
            Assert.Equal("EnodeNotConnected,EnodePS.Cmdlets.Vehicles.GetEnodeVehicleCommand", Assert.Single(after.AllErrors).FullyQualifiedErrorId);
            var explicitOld = session.Run("Get-EnodeVehicle -Connection $old");
            Assert.Equal("EnodeConnectionClosed,EnodePS.Cmdlets.Vehicles.GetEnodeVehicleCommand", Assert.Single(explicitOld.AllErrors).FullyQualifiedErrorId);
        }

        [Fact]
        public void WhatIf_and_a_declined_confirmation_keep_the_connection()
        {
            using var session = new PowerShellSession();

            Assert.Equal(true, session.Invoke("Disconnect-Enode -WhatIf; (Get-EnodeConnection).IsConnected").Single());

            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("Disconnect-Enode -Confirm; (Get-EnodeConnection).IsConnected");
            Assert.Single(declined.Prompts);
            Assert.Equal(true, declined.Objects.Single());
        }
    }
}
