using System.Linq;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Users
{
    public class RevokeEnodeUserAuthorizationTests
    {
        [Fact]
        public void Removes_credentials_and_devices()
        {
            using var session = new PowerShellSession();
            var userId = session.Emulator.State.Users.All[0].Id;
            var before = session.Emulator.RequestCount;
            var whatIf = session.Run("Revoke-EnodeUserAuthorization -UserId $userId -WhatIf", new { userId });
            Assert.Empty(whatIf.AllErrors);
            Assert.Empty(whatIf.Prompts);
            Assert.Equal(before, session.Emulator.RequestCount);

            session.Host.Answer = PromptAnswer.Yes;
            var result = session.Run("Revoke-EnodeUserAuthorization -UserId $userId", new { userId });

            Assert.Empty(result.AllErrors);
            Assert.Contains(ConfirmPrompt.Operation("Delete the user's vendor credentials and devices", userId), Assert.Single(result.Prompts));
            Assert.Equal(("DELETE", $"/users/{userId}/authorization"), (session.Emulator.Journal.Api().Last().Method, session.Emulator.Journal.Api().Last().Path));
            Assert.DoesNotContain(session.Emulator.State.Vehicles.All, v => v.UserId == userId);
        }
    }
}
