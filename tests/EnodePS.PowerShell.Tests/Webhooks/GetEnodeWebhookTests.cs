using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;
using static EnodePS.PowerShell.Tests.Webhooks.RegisterEnodeWebhookTests;

namespace EnodePS.PowerShell.Tests.Webhooks
{
    public class GetEnodeWebhookTests
    {
        [Fact]
        public void Get_lists_all_gets_by_id_from_the_pipeline_and_reports_a_missing_one()
        {
            using var session = new PowerShellSession(Options());
            session.Invoke("$a = Register-EnodeWebhook -Url $url/a; $b = Register-EnodeWebhook -Url $url/b", new { url = Url });
            var a = (WebhookRegistration)session.Invoke("$a").Single();
            var b = (WebhookRegistration)session.Invoke("$b").Single();

            var all = session.Run("Get-EnodeWebhook").AssertSucceeded().OutputOf<Webhook>().Select(w => w.Id).ToList();
            var byId = session.Run("$a, [pscustomobject]@{ Id = 'missing' }, $b | Get-EnodeWebhook");

            Assert.Equal(new[] { a.Id, b.Id }.OrderBy(i => i), all.OrderBy(i => i));
            Assert.Equal(new[] { a.Id, b.Id }, byId.OutputOf<Webhook>().Select(w => w.Id));
            Assert.All(byId.Output, o => Assert.Equal("EnodePS.Webhook", o.TypeNames[0]));
            var error = Assert.Single(byId.Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Webhooks.GetEnodeWebhookCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("missing", error.TargetObject);
            Assert.Contains("Webhook not found or already deleted", error.Exception.Message);
        }

        [Fact]
        public void Id_binds_from_the_pipeline_and_has_an_alias() => CmdletContract.AssertIdBindsFromThePipelineAndHasAnAlias("Get-EnodeWebhook");

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Get-EnodeWebhook");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Get-EnodeWebhook");
    }
}
