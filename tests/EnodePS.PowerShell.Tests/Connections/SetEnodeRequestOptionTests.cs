using System.Linq;
using EnodePS.Emulator.Faults;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Connections
{
    public class SetEnodeRequestOptionTests
    {
        private const string SetId = ",EnodePS.Cmdlets.Connections.SetEnodeRequestOptionCommand";

        private static int Requests(PowerShellSession session, string path) =>
            session.Emulator.Journal.Snapshot().Count(r => r.Path == path);

        [Fact]
        public void Setting_no_retries_for_the_session_applies_to_the_open_connection_at_once()
        {
            using var session = new PowerShellSession();

            var set = session.Invoke("(Set-EnodeRequestOption -MaxRetries 0 -PassThru).MaxRetries; (Get-EnodeConnection).Client.RetryOptions.MaxRetries");
            Assert.Equal(new object[] { 0, 0 }, set);

            session.Emulator.Journal.Clear();
            session.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 0, operation: "GET /vehicles");
            var list = session.Run("Get-EnodeVehicle -PageSize 5");
            Assert.Equal("EnodeTooManyRequests,EnodePS.Cmdlets.Vehicles.GetEnodeVehicleCommand", Assert.Single(list.AllErrors).FullyQualifiedErrorId);
            Assert.Equal(1, Requests(session, "/vehicles"));
        }

        [Fact]
        public void Retries_show_in_verbose_with_method_path_status_duration_and_wait()
        {
            using var session = new PowerShellSession();
            session.Invoke("Set-EnodeRequestOption -MaxRetries 2 -Connection (Get-EnodeConnection)");
            session.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 0, operation: "GET /vehicles");

            var result = session.Run("Get-EnodeVehicle -PageSize 5 -Verbose").AssertSucceeded();

            Assert.Contains(result.Verbose, v => v.StartsWith("GET /vehicles?pageSize=5 -> 429") && v.EndsWith(" ms)"));
            Assert.Contains(result.Verbose, v => v.StartsWith("Retry 1 of 2 in ") && v.Contains("after 429"));
            Assert.Contains(result.Verbose, v => v.StartsWith("GET /vehicles?pageSize=5 -> 200"));
        }

        [Fact]
        public void Bad_values_WhatIf_and_a_declined_confirmation_change_nothing()
        {
            using var session = new PowerShellSession();
            var before = session.Invoke("(Get-EnodeConnection).Client.RetryOptions.MaxRetries").Single();

            var bad = Assert.Single(session.Run("Set-EnodeRequestOption -MaxRetries 50").AllErrors);
            Assert.Equal("EnodeInvalidParameter" + SetId, bad.FullyQualifiedErrorId);
            Assert.Contains("MaxRetries", bad.Exception.Message);
            Assert.Equal("EnodeInvalidParameter" + SetId, Assert.Single(session.Run("Set-EnodeRequestOption").AllErrors).FullyQualifiedErrorId);
            Assert.Equal("EnodeInvalidParameter" + SetId, Assert.Single(session.Run("Set-EnodeRequestOption -TimeoutSeconds 0").AllErrors).FullyQualifiedErrorId);

            session.Invoke("Set-EnodeRequestOption -MaxRetries 0 -WhatIf");
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("Set-EnodeRequestOption -MaxRetries 0 -Confirm");
            Assert.Single(declined.Prompts);
            Assert.Equal(before, session.Invoke("(Get-EnodeConnection).Client.RetryOptions.MaxRetries").Single());
        }
    }
}
