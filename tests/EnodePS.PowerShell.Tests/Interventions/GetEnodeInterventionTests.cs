using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Interventions
{
    public class GetEnodeInterventionTests
    {
        private const string CommandType = "EnodePS.Cmdlets.Interventions.GetEnodeInterventionCommand";

        [Fact]
        public void Interventions_are_listed_typed_and_filtered_by_vendor_type_vendor_and_language()
        {
            using var session = new PowerShellSession();

            var all = session.Run("Get-EnodeIntervention").AssertSucceeded();
            var filtered = session.Run("Get-EnodeIntervention -DeviceType Battery -Vendor TESLA -Language nb-NO").AssertSucceeded();

            Assert.Equal(session.Emulator.State.Interventions.Count, all.OutputOf<Intervention>().Count());
            Assert.Equal(all.Output.Count, all.Objects.Count(o => o is Intervention));
            Assert.All(all.Output, o => Assert.Equal("EnodePS.Intervention", o.TypeNames[0]));
            var tesla = Assert.Single(filtered.OutputOf<Intervention>());
            Assert.Equal(("battery", "TESLA"), (tesla.VendorType, tesla.Vendor));
            Assert.StartsWith("Slå på", tesla.Resolution.Title);
            var sent = session.Emulator.Journal.Snapshot().Last();
            Assert.Equal(("battery", "TESLA", "nb-NO"), (sent.Query["vendorType"], sent.Query["vendor"], sent.Query["language"]));
        }

        [Fact]
        public void The_interventions_a_capability_needs_come_from_piping_the_capability()
        {
            using var session = new PowerShellSession(new EmulatorOptions { ChargerCount = 30 });
            var listed = session.Run("Get-EnodeCharger").AssertSucceeded();
            var blocked = listed.OutputOf<Charger>().Select(c => c.Capabilities.StartCharging).Where(c => c.InterventionIds.Count > 0).Take(2).ToArray();

            var result = session.Run(
                "$blocked = $chargers.Capabilities.StartCharging | Where-Object { $_.InterventionIds.Count -gt 0 } | Select-Object -First 2; " +
                "$capable = $chargers.Capabilities.Information | Where-Object IsCapable | Select-Object -First 1; " +
                "@($blocked) + $capable | Get-EnodeIntervention",
                new { chargers = listed.Output });

            Assert.Equal(2, blocked.Length);
            result.AssertSucceeded();
            Assert.Equal(blocked.SelectMany(c => c.InterventionIds), result.OutputOf<Intervention>().Select(i => i.Id));
            Assert.All(result.OutputOf<Intervention>(), i => Assert.Equal("charger", i.VendorType));
        }

        [Fact]
        public void Getting_by_id_sends_the_vendor_type_and_vendor_given()
        {
            using var session = new PowerShellSession();
            var id = session.Run("(Get-EnodeIntervention -DeviceType charger -Vendor ZAPTEC | Select-Object -First 1).Id").AssertSucceeded().Objects.Single();

            var result = session.Run("Get-EnodeIntervention -Id $id -DeviceType charger -Vendor ZAPTEC -Language de-DE", new { id }).AssertSucceeded();

            Assert.Equal(id, Assert.Single(result.OutputOf<Intervention>()).Id);
            var sent = session.Emulator.Journal.Snapshot().Last(r => r.Path == "/interventions/" + id);
            Assert.Equal(("charger", "ZAPTEC", "de-DE"), (sent.Query["vendorType"], sent.Query["vendor"], sent.Query["language"]));
        }

        [Fact]
        public void An_unknown_intervention_is_reported_with_its_id()
        {
            using var session = new PowerShellSession();

            var result = session.Run("Get-EnodeIntervention -Id 00000000-0000-4000-8000-000000000000");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(("EnodeNotFound," + CommandType, ErrorCategory.ObjectNotFound), (error.FullyQualifiedErrorId, error.CategoryInfo.Category));
            Assert.Equal("00000000-0000-4000-8000-000000000000", error.TargetObject);
        }

        // -DeviceType has a ValidateSet, so PowerShell's binder refuses a bad one (naming the parameter and the set);
        // -Language is checked by the cmdlet.
        [Theory]
        [InlineData("-DeviceType car", "ParameterArgumentValidationError", ErrorCategory.InvalidData, "'DeviceType'", "\"vehicle,charger,hvac,inverter,battery,meter\"")]
        [InlineData("-Language Norsk", "EnodeInvalidParameter", ErrorCategory.InvalidArgument, "-Language", "nb-NO")]
        public void Bad_intervention_filters_stop_before_any_request(string arguments, string errorId, ErrorCategory category, string parameter, string allowed)
        {
            using var session = new PowerShellSession();
            session.Emulator.Journal.Clear();

            var result = session.Run("Get-EnodeIntervention " + arguments);

            var error = Assert.Single(result.AllErrors);
            Assert.Equal((errorId + "," + CommandType, category), (error.FullyQualifiedErrorId, error.CategoryInfo.Category));
            Assert.Contains(parameter, error.Exception.Message);
            Assert.Contains(allowed, error.Exception.Message);
            Assert.Empty(result.Output);
            Assert.Empty(session.Emulator.Journal.Snapshot());
        }
    }
}
