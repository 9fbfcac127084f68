using System.Linq;
using System.Management.Automation;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Requests
{
    public class InvokeEnodeRequestTests
    {
        private const string InvokeId = ",EnodePS.Cmdlets.Requests.InvokeEnodeRequestCommand";

        [Fact]
        public void A_get_returns_the_answer_as_objects()
        {
            using var session = new PowerShellSession();
            var id = session.Emulator.State.Vehicles.All[0].Id;

            var record = session.Run("Invoke-EnodeRequest -Path \"/vehicles/$id\"", new { id }).AssertSucceeded().Output.Single();

            Assert.IsType<PSCustomObject>(record.BaseObject);
            Assert.Equal(id, record.Properties["id"].Value);
            var chargeState = Assert.IsType<PSObject>(record.Properties["chargeState"].Value);
            Assert.IsType<PSCustomObject>(chargeState.BaseObject);
            Assert.Equal(id, session.Invoke("(Invoke-EnodeRequest /vehicles/$id).id", new { id }).Single());
        }

        [Fact]
        public void All_follows_every_page_and_streams_each_item()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 75 });

            var ids = session.Invoke("Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 20 } -All | ForEach-Object id");

            Assert.Equal(session.Emulator.State.Vehicles.All.Select(r => (object)r.Id), ids);
            Assert.Equal(4, session.Emulator.ServedOperations["GET /vehicles"]);
        }

        [Fact]
        public void A_problem_answer_is_an_error_record_with_the_problem()
        {
            using var session = new PowerShellSession();

            var result = session.Run("Invoke-EnodeRequest -Path /vehicles -Query @{ before = 'a'; after = 'b' }");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeBadRequest" + InvokeId, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        }

        [Fact]
        public void A_hashtable_body_is_sent_as_json_and_whatif_or_a_declined_confirmation_sends_nothing()
        {
            using var session = new PowerShellSession();
            var before = session.Emulator.RequestCount;

            session.Invoke("Invoke-EnodeRequest -Method POST -Path /vehicles -Body @{ a = 1 } -WhatIf");
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("Invoke-EnodeRequest -Method POST -Path /vehicles -Body @{ a = 1 } -Confirm");
            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.Contains("/vehicles", Assert.Single(declined.Prompts));

            var result = session.Run("Invoke-EnodeRequest -Method POST -Path /vehicles -Body @{ a = 1.5; b = @('x') }");
            var sent = session.Emulator.Journal.Snapshot().Last();
            Assert.Equal("POST", sent.Method);
            Assert.Contains("\"a\":1.5", sent.Body);
            Assert.Contains("\"b\":[\"x\"]", sent.Body);
            Assert.Equal(405, sent.Status);
            Assert.Equal("EnodeMethodNotAllowed" + InvokeId, Assert.Single(result.AllErrors).FullyQualifiedErrorId);
        }
    }
}
