using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;
using static EnodePS.PowerShell.Tests.Webhooks.RegisterEnodeWebhookTests;

namespace EnodePS.PowerShell.Tests.Webhooks
{
    public class UnregisterEnodeWebhookTests
    {
        [Fact]
        public void Unregister_asks_with_high_impact_deletes_and_honours_whatif()
        {
            using var session = new PowerShellSession(Options());
            var created = Register(session, "-Url $url", new { url = Url });

            var whatIf = session.Run("$created | Unregister-EnodeWebhook -WhatIf", new { created }).AssertSucceeded();
            Assert.Equal((created.Id, "Delete webhook"), whatIf.WhatIf.Single());
            Assert.Single(session.Emulator.State.Webhooks.All);

            // High impact: asks under the default $ConfirmPreference (High) without -Confirm.
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("$created | Unregister-EnodeWebhook", new { created });
            Assert.Contains(created.Id, Assert.Single(declined.Prompts));
            Assert.Empty(declined.Errors);
            Assert.Single(session.Emulator.State.Webhooks.All);

            session.Host.Answer = PromptAnswer.Yes;
            var deleted = session.Run("$created | Unregister-EnodeWebhook", new { created });
            Assert.Contains("Delete webhook", Assert.Single(deleted.Prompts));
            Assert.Empty(deleted.AllErrors);
            Assert.Empty(session.Emulator.State.Webhooks.All);

            var again = session.Run("Unregister-EnodeWebhook -Id $id -Confirm:$false", new { id = created.Id });
            var error = Assert.Single(again.Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Webhooks.UnregisterEnodeWebhookCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal(created.Id, error.TargetObject);
        }

        [Fact]
        public void Id_binds_from_the_pipeline_and_has_an_alias() => CmdletContract.AssertIdBindsFromThePipelineAndHasAnAlias("Unregister-EnodeWebhook");

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Unregister-EnodeWebhook");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Unregister-EnodeWebhook");
    }
}
