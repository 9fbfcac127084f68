using System.Linq;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;
using static EnodePS.PowerShell.Tests.Webhooks.RegisterEnodeWebhookTests;

namespace EnodePS.PowerShell.Tests.Webhooks
{
    public class TestEnodeWebhookTests
    {
        [Fact]
        public void Test_reports_a_delivered_test_event_and_a_failing_endpoint()
        {
            using var receiver = new WebhookReceiver();
            receiver.Respond = _ => (200, "received");
            using var session = new PowerShellSession(Options());
            var created = Register(session, "-Url $url", new { url = receiver.Url.ToString() });

            var ok = session.Run("$created | Test-EnodeWebhook", new { created }).AssertSucceeded().OutputOf<WebhookTestResult>().Single();
            receiver.Respond = _ => (500, "broken");
            var failedRun = session.Run("Test-EnodeWebhook -Id $id", new { id = created.Id });
            var failed = failedRun.OutputOf<WebhookTestResult>().Single();

            Assert.True(ok.Succeeded);
            Assert.Equal(created.Id, ok.WebhookId);
            Assert.Equal(200, ok.Response!.Code);
            Assert.Equal("received", ok.Response.Body);
            Assert.False(failed.Succeeded);
            Assert.Null(failed.Response);
            Assert.Contains("500", failed.Description);
            Assert.Contains(failedRun.Warnings, w => w.Contains("500"));
            Assert.Empty(failedRun.AllErrors);
        }

        [Fact]
        public void Id_binds_from_the_pipeline_and_has_an_alias() => CmdletContract.AssertIdBindsFromThePipelineAndHasAnAlias("Test-EnodeWebhook");

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Test-EnodeWebhook");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Test-EnodeWebhook");
    }
}
