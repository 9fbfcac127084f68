using System.Linq;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Users
{
    public class NewEnodeRelinkSessionTests
    {
        [Fact]
        public void Binds_devices_from_Get_EnodeVehicle()
        {
            using var session = new PowerShellSession();
            var vehicles = session.Run("$vehicles = Get-EnodeVehicle -First 2; $vehicles").AssertSucceeded().OutputOf<Vehicle>().ToList();
            session.Emulator.InvalidateCredentials(vehicles[0].UserId, vehicles[0].Vendor);

            var result = session.Run("$vehicles[0] | New-EnodeRelinkSession -Language en-GB -ColorScheme dark").AssertSucceeded();

            var sent = session.Emulator.Journal.Api().Last();
            Assert.Equal(($"/assets/{vehicles[0].Id}/relink", "{\"language\":\"en-GB\",\"colorScheme\":\"dark\"}"), (sent.Path, sent.Body));
            Assert.Equal(vehicles[0].Id, Assert.IsType<LinkSession>(Assert.Single(result.Objects)).AssetId);

            var before = session.Emulator.RequestCount;
            Assert.Empty(session.Run("$vehicles[1] | New-EnodeRelinkSession -WhatIf").AssertSucceeded().Output);
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("$vehicles[1] | New-EnodeRelinkSession -Confirm");
            Assert.Empty(declined.AllErrors);
            Assert.Contains(ConfirmPrompt.Operation("Create a relink session", vehicles[1].Id), Assert.Single(declined.Prompts));
            Assert.Equal(before, session.Emulator.RequestCount);
        }
    }
}
