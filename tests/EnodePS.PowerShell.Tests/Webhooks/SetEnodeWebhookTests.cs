using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;
using static EnodePS.PowerShell.Tests.Webhooks.RegisterEnodeWebhookTests;

namespace EnodePS.PowerShell.Tests.Webhooks
{
    public class SetEnodeWebhookTests
    {
        [Fact]
        public void Set_sends_only_the_given_fields_and_can_remove_the_authentication_header()
        {
            using var session = new PowerShellSession(Options());
            var created = Register(session, "-Url $url -AuthenticationHeader @{ 'X-Key' = (ConvertTo-SecureString 'value-123456' -AsPlainText -Force) }", new { url = Url });
            session.Emulator.Journal.Clear();

            var result = session.Run("$created | Set-EnodeWebhook -Event user:battery:updated -RemoveAuthentication -PassThru", new { created }).AssertSucceeded();

            var webhook = result.OutputOf<Webhook>().Single();
            Assert.Equal(new[] { "user:battery:updated" }, webhook.Events);
            Assert.Null(webhook.Authentication);
            var body = JsonNode.Parse(session.Emulator.Journal.Mutating().Single().Body)!.AsObject();
            Assert.Equal(new[] { "events", "authentication" }, body.Select(p => p.Key));

            var nothing = session.Run("Set-EnodeWebhook -Id $id", new { id = created.Id });
            var error = Assert.Single(nothing.AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Webhooks.SetEnodeWebhookCommand", error.FullyQualifiedErrorId);
            Assert.Contains("-Id", error.Exception.Message);

            var debug = session.Run(
                "$DebugPreference = 'Continue'; Set-EnodeWebhook -Id $id -Secret (ConvertTo-SecureString 'rotated-secret-321' -AsPlainText -Force) " +
                "-AuthenticationHeader @{ 'X-Key' = (ConvertTo-SecureString 'rotated-header-654' -AsPlainText -Force) }",
                new { id = created.Id }).AssertSucceeded();
            Assert.Contains("PATCH /webhooks/", debug.AllText);
            Assert.Empty(debug.Output); // a Set- cmdlet writes nothing without -PassThru
            Assert.DoesNotContain("rotated-secret-321", debug.AllText);
            Assert.DoesNotContain("rotated-header-654", debug.AllText);
        }

        [Fact]
        public void Id_binds_from_the_pipeline_and_has_an_alias() => CmdletContract.AssertIdBindsFromThePipelineAndHasAnAlias("Set-EnodeWebhook");

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Set-EnodeWebhook");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Set-EnodeWebhook");
    }
}
