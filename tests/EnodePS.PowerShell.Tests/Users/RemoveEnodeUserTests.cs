using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Users
{
    public class RemoveEnodeUserTests
    {
        private const string Action = "Delete the user and all their data (devices, locations, schedules, statistics); this cannot be undone";

        [Fact]
        public void Asks_once_unless_forced_and_whatif_sends_nothing()
        {
            using var session = new PowerShellSession();
            var users = session.Emulator.State.Users.All.Select(u => u.Id).ToList();
            session.Invoke("$users = Get-EnodeUser");
            var before = session.Emulator.RequestCount;

            var whatIf = session.Run("Remove-EnodeUser -Id $id -WhatIf", new { id = users[0] });
            Assert.Empty(whatIf.AllErrors);
            Assert.Empty(whatIf.Prompts);
            var forcedWhatIf = session.Run("Remove-EnodeUser -Id $id -Force -WhatIf", new { id = users[0] });
            Assert.Empty(forcedWhatIf.Prompts);
            session.Host.Answer = PromptAnswer.No;
            // ConfirmImpact High: PowerShell asks; declining ends it.
            var declined = session.Run("Remove-EnodeUser $id", new { id = users[0] });
            Assert.Empty(declined.AllErrors);
            Assert.Contains(ConfirmPrompt.Operation(Action, users[0]), Assert.Single(declined.Prompts));
            Assert.Equal(before, session.Emulator.RequestCount);

            // -Force means no prompt (the Az convention).
            session.Host.Answer = PromptAnswer.Refuse;
            var forced = session.Run("Remove-EnodeUser $id -Force", new { id = users[0] });
            Assert.Empty(forced.AllErrors);
            Assert.Empty(forced.Prompts);
            Assert.Equal(("DELETE", "/users/" + users[0]), (session.Emulator.Journal.Api().Last().Method, session.Emulator.Journal.Api().Last().Path));

            session.Host.Answer = PromptAnswer.YesToAll;
            var confirmed = session.Run("$users[1], $users[0] | Remove-EnodeUser");
            Assert.Equal(users[1], session.Emulator.Journal.Api().Last(r => r.Status == 204).Path.Substring(7));
            var error = Assert.Single(confirmed.Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Users.RemoveEnodeUserCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal(users[0], error.TargetObject);
            Assert.Equal(users.Count - 2, session.Emulator.State.Users.Count);
        }

        [Fact]
        public void Writes_the_deleted_user_only_with_PassThru()
        {
            using var session = new PowerShellSession();
            var users = session.Emulator.State.Users.All.Select(u => u.Id).ToList();

            var quiet = session.Run("Remove-EnodeUser $id -Force -Confirm:$false", new { id = users[0] }).AssertSucceeded();
            var passThru = session.Run("Remove-EnodeUser $id -Force -Confirm:$false -PassThru", new { id = users[1] }).AssertSucceeded();

            Assert.Empty(quiet.Output);
            Assert.Equal(users[1], passThru.OutputOf<User>().Single().Id);
            Assert.Equal(users.Count - 2, session.Emulator.State.Users.Count);
        }
    }
}
