using System;
using System.Linq;
using System.Text.RegularExpressions;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Output
{
    public class ConvertToEnodeFlatObjectTests
    {
        private static readonly Regex TypeNameCell = new Regex(@"(^|,)""?(EnodePS|System)\.[\w.`\[\]]+""?(,|$)", RegexOptions.Multiline);

        [Theory]
        [InlineData("Get-EnodeVehicle -First 5")]
        [InlineData("Get-EnodeCharger -First 5")]
        [InlineData("Get-EnodeHvac -First 5")]
        [InlineData("Get-EnodeInverter -First 5")]
        [InlineData("Get-EnodeBattery -First 5")]
        [InlineData("Get-EnodeMeter -First 5")]
        [InlineData("Get-EnodeHemSystem -First 5")]
        public void Devices_export_to_csv_with_readable_cells(string listDevices)
        {
            using var session = new PowerShellSession();

            var lines = session.Invoke(listDevices + " | ConvertTo-EnodeFlatObject | ConvertTo-Csv -NoTypeInformation").Cast<string>().ToList();
            var csv = string.Join("\n", lines);

            Assert.True(lines.Count > 1, csv);
            Assert.DoesNotMatch(TypeNameCell, csv);
            Assert.DoesNotContain("System.Collections.Generic", csv);
            Assert.Contains("\"Id\"", lines[0]);
        }

        [Fact]
        public void A_vehicle_becomes_dotted_columns_with_lists_joined_and_numbers_kept()
        {
            using var session = new PowerShellSession();

            var row = session.Run("Get-EnodeVehicle -First 1 | ConvertTo-EnodeFlatObject").AssertSucceeded().Output.Single();
            var vehicle = session.Emulator.State.Vehicles.All[0];

            Assert.Equal(vehicle.Id, row.Properties["Id"].Value);
            Assert.IsType<double>(row.Properties["ChargeState.BatteryLevel"].Value);
            Assert.Equal(double.Parse(vehicle.Body["chargeState"]!["batteryLevel"]!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
                (double)row.Properties["ChargeState.BatteryLevel"].Value);
            Assert.Equal((string?)vehicle.Body["information"]!["model"], row.Properties["Information.Model"].Value);
            Assert.Equal(string.Join("; ", vehicle.Body["scopes"]!.AsArray().Select(s => (string?)s)), row.Properties["Scopes"].Value);
            Assert.NotNull(row.Properties["Capabilities.StartCharging.IsCapable"]);
            Assert.Null(row.Properties["BatteryLevel"]); // the types file's flat views are not repeated
        }

        [Fact]
        public void Every_object_of_a_type_gets_the_same_columns_even_where_a_nested_object_is_missing()
        {
            using var session = new PowerShellSession();

            var columns = session.Run("Get-EnodeCharger | ConvertTo-EnodeFlatObject | ForEach-Object { $_.PSObject.Properties.Name -join ',' }")
                .AssertSucceeded().Output.Select(o => (string)o.BaseObject).Distinct().ToList();

            var only = Assert.Single(columns);
            Assert.Contains("Location.Latitude", only.Split(','));
        }

        [Fact]
        public void Separator_joins_list_cells_and_round_trips_through_export_and_import()
        {
            using var session = new PowerShellSession();
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "enode-flat-" + Guid.NewGuid() + ".csv");
            try
            {
                var imported = session.Run(
                    "Get-EnodeVehicle -First 3 | ConvertTo-EnodeFlatObject -Separator '|' | Export-Csv $path -NoTypeInformation; Import-Csv $path",
                    new { path }).AssertSucceeded().Output;

                Assert.Equal(3, imported.Count);
                Assert.All(imported, row => Assert.Contains("vehicle:read:data|", (string)row.Properties["Scopes"].Value));
                Assert.All(imported, row => Assert.Matches("^[0-9a-f-]{36}$", (string)row.Properties["Id"].Value));
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }

        [Fact]
        public void A_connection_flattens_to_its_data_without_the_client_or_any_secret()
        {
            using var session = new PowerShellSession();

            var row = session.Run("Get-EnodeConnection | ConvertTo-EnodeFlatObject").AssertSucceeded().Output.Single();

            Assert.Equal(session.Loopback.ApiUrl.ToString(), row.Properties["ApiUrl"].Value?.ToString());
            Assert.DoesNotContain(row.Properties, p => p.Name.StartsWith("Client", StringComparison.Ordinal) && p.Name != "ClientId");
            Assert.DoesNotContain(row.Properties, p => p.Name.StartsWith("Emulator", StringComparison.Ordinal));
            Assert.DoesNotContain(row.Properties, p => (p.Value?.ToString() ?? "").Contains(session.Emulator.RevealClientSecret()));
        }

        [Fact]
        public void Raw_request_objects_and_null_flatten_too()
        {
            using var session = new PowerShellSession();

            var rows = session.Run("$null, [pscustomobject]@{ id = 'a'; nested = [pscustomobject]@{ x = 1; tags = @('p', 'q') } } | ConvertTo-EnodeFlatObject")
                .AssertSucceeded().Output;

            var row = Assert.Single(rows);
            Assert.Equal(new[] { "id", "nested.x", "nested.tags" }, row.Properties.Select(p => p.Name));
            Assert.Equal("p; q", row.Properties["nested.tags"].Value);
        }
    }
}
