using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Pipelines
{
    /// <summary>Every row of docs/pipelines.md runs as written, and its piped value (and no other id) reaches the wire.</summary>
    public class PipelineBindingTests
    {
        [Fact]
        public void The_table_lists_the_known_chains()
        {
            Assert.True(PipelineTable.Rows.Count > 50);
            Assert.Contains(PipelineTable.Rows, r => r.Cmdlet == "Get-EnodeVehicle" && r.Kind == "User" && r.Binds.StartsWith("-UserId"));
            Assert.All(PipelineTable.Rows, r => Assert.Contains("| " + r.Cmdlet, r.Example));
        }

        [Theory]
        [MemberData(nameof(PipelineTable.RowData), MemberType = typeof(PipelineTable))]
        public void Each_supported_chain_binds_what_the_table_says(string key)
        {
            var row = PipelineTable.Row(key);
            using var session = new PowerShellSession();
            session.Run(PipelineTable.Setup).AssertSucceeded();
            var piped = session.Run("@(" + row.Source + ")").AssertSucceeded().Output;
            Assert.NotEmpty(piped);
            var expected = piped.SelectMany(p => row.Property == null ? new[] { (string)p.BaseObject } : Values(p.Properties[row.Property]!.Value)).ToList();
            var otherIds = row.Property == null || row.Property == "Id" ? new System.Collections.Generic.List<string?>()
                : piped.Select(p => p.Properties["Id"]?.Value?.ToString()).Where(id => !string.IsNullOrEmpty(id) && !expected.Contains(id)).ToList();
            var before = session.Emulator.Journal.Api().Count;

            session.Run("$piped | " + row.Command, new { piped = piped.ToArray() }).AssertSucceeded();

            // A value sent in a body (a schedule's targetId, a webhook's url) counts as sent too.
            var sent = session.Emulator.Journal.Api().Skip(before)
                .Select(r => r.Path + "?" + string.Join("&", r.Query.Values) + (r.Body.Length > 0 ? " " + r.Body : "")).ToList();
            Assert.NotEmpty(sent);
            foreach (var value in expected)
                Assert.Contains(sent, request => request.Contains(value!));
            foreach (var id in otherIds)
                Assert.DoesNotContain(sent, request => request.Contains(id!));
            var vendorType = row.Binds.Split(", ").FirstOrDefault(b => b.StartsWith("-VendorType ") && !b.Contains('←'));
            if (vendorType != null)
                Assert.All(sent, request => Assert.EndsWith("/" + vendorType.Split(' ')[1] + "?", request));
        }

        /// <summary>A property's value as the ids it holds: a list (a capability's InterventionIds) gives each.</summary>
        private static System.Collections.Generic.IEnumerable<string?> Values(object? value) =>
            value is System.Collections.IEnumerable list && !(value is string) ? list.Cast<object?>().Select(v => v?.ToString()) : new[] { value?.ToString() };

        [Theory]
        [MemberData(nameof(PipelineTable.RefusedPairs), MemberType = typeof(PipelineTable))]
        public void Any_other_enode_object_is_refused_before_any_request(string key)
        {
            var parts = key.Split(" | ");
            var (kind, cmdlet) = (parts[0], parts[1]);
            using var session = new PowerShellSession();
            session.Run(PipelineTable.Setup).AssertSucceeded();
            var piped = session.Run("@(" + PipelineTable.Producers[kind] + ")").AssertSucceeded().Output;
            Assert.Single(piped);
            var before = session.Emulator.Journal.Api().Count;

            var result = session.Run("$piped | " + PipelineTable.CommandFor(cmdlet), new { piped = piped.ToArray() });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeInputNotAccepted," + result.AllErrors.First().FullyQualifiedErrorId.Split(',')[1], error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidType, error.CategoryInfo.Category);
            Assert.Matches(cmdlet + " cannot take an? " + kind + " from the pipeline", error.Exception.Message);
            Assert.DoesNotContain("(Parameter '", error.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Api().Skip(before));
        }

        [Fact]
        public void An_untyped_object_binds_by_property_name_as_powershell_would()
        {
            using var session = new PowerShellSession();
            var vehicleId = session.Emulator.State.Vehicles.All[0].Id;
            var userId = session.Emulator.State.Users.All[0].Id;

            var byId = session.Run("[pscustomobject]@{ Id = $vehicleId } | Get-EnodeVehicle", new { vehicleId }).AssertSucceeded();
            var byUser = session.Run("[pscustomobject]@{ UserId = $userId } | Get-EnodeVehicle", new { userId }).AssertSucceeded();

            Assert.Equal(vehicleId, Assert.Single(byId.Output).Properties["Id"].Value);
            Assert.All(byUser.Output, v => Assert.Equal(userId, v.Properties["UserId"].Value));
        }

        [Fact]
        public void Ids_read_from_a_file_remove_those_users()
        {
            using var session = new PowerShellSession();
            var ids = session.Emulator.State.Users.All.Take(2).Select(u => u.Id).ToArray();
            using var file = new TempFile("ids.txt", string.Join("\n", ids));

            session.Run("Get-Content $path | Remove-EnodeUser -Force", new { path = file.Path }).AssertSucceeded();

            Assert.Equal(ids.Select(id => "/users/" + id), session.Emulator.Journal.Mutating().Select(r => r.Path));
        }

        [Fact]
        public void A_schedule_id_at_position_0_gets_that_schedule()
        {
            var command = ModuleCommands.Named("Get-EnodeSchedule");
            Assert.Equal(0, command.Parameters["Id"].ParameterSets["ById"].Position);
        }
    }
}
