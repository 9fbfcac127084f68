using System.Linq;
using System.Text.Json;
using EnodePS.Emulator.Faults;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Security
{
    /// <summary>Issue 17, item 6: a generated webhook secret is never lost to a cut-off create answer.</summary>
    public class LostWebhookSecretTests
    {
        private const string Url = "https://receiver.example.com/enode";

        [Fact]
        public void A_create_whose_answer_is_cut_off_still_returns_the_secret_the_webhook_has()
        {
            using var session = new PowerShellSession();
            session.Emulator.Faults.FailNext(FaultKind.TruncateBody, 1, operation: "POST /webhooks");

            var result = session.Run(
                "$r = Register-EnodeWebhook -Url $url -Confirm:$false; $r; [System.Net.NetworkCredential]::new('', $r.Secret).Password",
                new { url = Url });

            result.AssertSucceeded();
            var registration = result.Output[0];
            var plain = (string)result.Output[1].BaseObject;
            Assert.Equal("Created", registration.Properties["Action"].Value);
            var id = (string)registration.Properties["Id"].Value;
            Assert.Single(session.Emulator.State.Webhooks.All);
            Assert.Equal(id, session.Emulator.State.Webhooks.All[0].Id);
            var patch = session.Emulator.Journal.Api().Last(r => r.Method == "PATCH");
            Assert.Equal("/webhooks/" + id, patch.Path);
            Assert.Equal(plain, JsonDocument.Parse(patch.Body).RootElement.GetProperty("secret").GetString());
            Assert.Contains(result.Warnings, w => w.Contains("answer to the create was lost") && w.Contains(id));
        }

        [Fact]
        public void Registering_an_existing_webhook_without_a_secret_warns_with_the_command_that_gives_it_a_new_one()
        {
            using var session = new PowerShellSession();
            var first = session.Run("Register-EnodeWebhook -Url $url -Confirm:$false", new { url = Url }).AssertSucceeded();
            var id = (string)first.Output[0].Properties["Id"].Value;

            var again = session.Run("Register-EnodeWebhook -Url $url -Confirm:$false", new { url = Url }).AssertSucceeded();

            Assert.Equal("Unchanged", again.Output[0].Properties["Action"].Value);
            Assert.Contains(again.Warnings, w => w.Contains($"Set-EnodeWebhook -Id {id} -Secret (Read-Host -AsSecureString)"));
            var withSecret = session.Run("Register-EnodeWebhook -Url $url -Secret (ConvertTo-SecureString s3cret-of-mine -AsPlainText -Force) -Confirm:$false",
                new { url = Url }).AssertSucceeded();
            Assert.DoesNotContain(withSecret.Warnings, w => w.Contains("Set-EnodeWebhook"));
        }
    }
}
