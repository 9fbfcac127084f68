using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Pipelines
{
    /// <summary>Objects remember the connection they came from; -Connection takes an object or a name.</summary>
    public class ConnectionMemoryTests
    {
        private const string ConnectOther = "Connect-Enode -Environment Emulator -Name Other | Out-Null";

        [Fact]
        public void A_piped_object_is_acted_on_through_the_connection_it_came_from()
        {
            using var session = new PowerShellSession();
            var vehicleId = session.Emulator.State.Vehicles.All[0].Id;
            session.Run("$v = Get-EnodeVehicle -Id $vehicleId; " + ConnectOther, new { vehicleId }).AssertSucceeded();
            var before = session.Emulator.Journal.Api().Count;

            var result = session.Run("$v | Get-EnodeVehicle").AssertSucceeded();

            Assert.Equal(vehicleId, Assert.Single(result.Output).Properties["Id"].Value);
            Assert.Equal("/vehicles/" + vehicleId, Assert.Single(session.Emulator.Journal.Api().Skip(before)).Path);
        }

        [Fact]
        public void An_explicit_connection_wins_over_the_one_an_object_came_from()
        {
            using var session = new PowerShellSession();
            var vehicleId = session.Emulator.State.Vehicles.All[0].Id;
            session.Run("$v = Get-EnodeVehicle -Id $vehicleId; " + ConnectOther, new { vehicleId }).AssertSucceeded();
            var before = session.Emulator.Journal.Api().Count;

            var result = session.Run("$v | Get-EnodeVehicle -Connection Other");

            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Vehicles.GetEnodeVehicleCommand", Assert.Single(result.AllErrors).FullyQualifiedErrorId);
            Assert.Empty(session.Emulator.Journal.Api().Skip(before));
        }

        [Fact]
        public void The_connection_is_hidden_from_views_and_serialisation()
        {
            using var session = new PowerShellSession();

            var text = session.Run("Get-EnodeVehicle -First 1 | Format-List * | Out-String; Get-EnodeVehicle -First 1 | ConvertTo-Json -Depth 3").AssertSucceeded();

            Assert.DoesNotContain("Connection", string.Join("\n", text.Output.Select(o => o.ToString())));
        }

        [Fact]
        public void Connection_takes_a_name_and_completes_names()
        {
            using var session = new PowerShellSession();
            session.Run(ConnectOther).AssertSucceeded();
            var name = (string)session.Run("(Get-EnodeConnection -All | Where-Object Name -ne Other | Select-Object -First 1).Name").AssertSucceeded().Output.Single().BaseObject;
            var before = session.Emulator.Journal.Api().Count;

            session.Run("Get-EnodeUser -First 1 -Connection $name", new { name }).AssertSucceeded();
            var missing = session.Run("Get-EnodeUser -Connection Nope");
            var completions = session.Run("(TabExpansion2 -inputScript 'Get-EnodeUser -Connection Ot' -cursorColumn 28).CompletionMatches.CompletionText").AssertSucceeded();

            Assert.NotEmpty(session.Emulator.Journal.Api().Skip(before));
            var error = Assert.Single(missing.AllErrors);
            Assert.Contains("ParameterArgumentTransformationError", error.FullyQualifiedErrorId);
            Assert.Contains("There is no connection named 'Nope'", error.Exception.Message);
            Assert.Contains("Other", error.Exception.Message);
            Assert.Equal("Other", Assert.Single(completions.Output).BaseObject);
        }

        [Fact]
        public void With_the_current_connection_closed_the_error_names_those_still_open()
        {
            using var session = new PowerShellSession();
            session.Run(ConnectOther + "; Disconnect-Enode").AssertSucceeded();

            var result = session.Run("Get-EnodeUser");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeNotConnected,EnodePS.Cmdlets.Users.GetEnodeUserCommand", error.FullyQualifiedErrorId);
            Assert.Contains("the current one was closed", error.Exception.Message);
            Assert.DoesNotContain("Other", error.Exception.Message);
            var open = (string)session.Run("(Get-EnodeConnection -All).Name").AssertSucceeded().Output.Single().BaseObject;
            Assert.Contains(open, error.Exception.Message);
        }
    }
}
