using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Facts;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Completion
{
    /// <summary>Argument completion as users get it: TabExpansion2 in a real runspace, at the end of what they typed.</summary>
    public class CompletionTests
    {
        /// <summary>The completions offered at the end of the line: the text inserted for each.</summary>
        private static List<string> Complete(PowerShellSession session, string line) =>
            session.Invoke("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches", new { line })
                .Cast<CompletionResult>().Select(r => r.CompletionText).ToList();

        /// <summary>A session holding one connection per name, made in that order (connection names are completion candidates).</summary>
        private static PowerShellSession WithConnectionsNamed(params string[] names)
        {
            var session = PowerShellSession.WithEmulator(new EmulatorOptions { VehicleCount = 2, UserCount = 1 });
            session.Invoke(
                "foreach ($name in $names) { Connect-Enode -ClientId $id -ClientSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -ApiUrl $api -TokenUrl $token -Name $name }",
                new { names, id = session.Emulator.ClientId, secret = session.Emulator.RevealClientSecret(), api = session.Loopback.ApiUrl, token = session.Loopback.TokenUrl });
            return session;
        }

        [Theory]
        [InlineData("", new[] { "TESLA", "Toyota", "VOLVO" }, new[] { "TESLA", "Toyota", "VOLVO" })]
        [InlineData("t", new[] { "TESLA", "Toyota", "VOLVO" }, new[] { "TESLA", "Toyota" })]
        [InlineData("'to", new[] { "TESLA", "Toyota" }, new[] { "Toyota" })]
        [InlineData("*OL*", new[] { "TESLA", "VOLVO" }, new[] { "VOLVO" })]
        [InlineData("olv", new[] { "TESLA", "VOLVO" }, new[] { "VOLVO" })] // no prefix match: substring
        [InlineData("x", new[] { "TESLA" }, new string[0])]
        public void Matching_is_prefix_then_substring_or_wildcards_in_the_candidates_order(string word, string[] candidates, string[] expected)
        {
            using var session = WithConnectionsNamed(candidates);
            Assert.Equal(expected, Complete(session, "Get-EnodeConnection -Name " + word));
        }

        [Fact]
        public void Each_candidate_is_offered_once_whatever_its_case()
        {
            using var session = PowerShellSession.Unconnected();
            var vendors = Complete(session, "New-EnodeLinkSession -Vendor ");
            Assert.Equal(vendors.Count, vendors.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
            Assert.Equal(ApiFacts.Vendors().Count, vendors.Count);
        }

        [Fact]
        public void Values_PowerShell_would_misread_are_single_quoted()
        {
            using var session = WithConnectionsNamed("vehicle:read:data", "Europe/Oslo", "*", "my connection", "it's", "-x");
            Assert.Equal(new[] { "vehicle:read:data", "Europe/Oslo", "'*'", "'my connection'", "'it''s'", "'-x'" },
                Complete(session, "Get-EnodeConnection -Name "));
        }

        [Fact]
        public void Vendors_narrow_to_the_vendor_type_already_typed()
        {
            using var session = PowerShellSession.Unconnected();
            var chargers = Complete(session, "New-EnodeLinkSession -DeviceType charger -Vendor ");
            Assert.Contains("ZAPTEC", chargers);
            Assert.DoesNotContain("AUDI", chargers);
            Assert.Equal(new[] { "TESLA" }, Complete(session, "New-EnodeLinkSession -DeviceType vehicle -Vendor tesl"));
            Assert.Contains("AUDI", Complete(session, "New-EnodeLinkSession -Vendor a"));
        }

        [Fact]
        public void Facts_complete_scopes_events_modes_languages_types_and_time_zones()
        {
            using var session = PowerShellSession.Unconnected();
            Assert.Equal(new[] { "charger:control:charging", "charger:read:data" }, Complete(session, "New-EnodeLinkSession -DeviceType charger -Scope "));
            Assert.Contains("user:vehicle:updated", Complete(session, "Register-EnodeWebhook -Event user:veh"));
            Assert.Equal(new[] { "SELF_RELIANCE" }, Complete(session, "Set-EnodeBatteryOperationMode -OperationMode self"));
            Assert.Contains("nb-NO", Complete(session, "New-EnodeLinkSession -Language nb"));
            // Every -DeviceType also has a ValidateSet, and PowerShell offers a ValidateSet's values sorted.
            Assert.Equal(ApiFacts.VendorTypes.OrderBy(t => t), Complete(session, "New-EnodeLinkSession -DeviceType "));
            Assert.Contains("Europe/Oslo", Complete(session, "New-EnodeLocation -TimeZone europe/os"));
        }

        [Fact]
        public void Ids_come_from_what_the_connection_recently_output_newest_first()
        {
            using var session = new PowerShellSession();
            session.Invoke("$null = Get-EnodeVehicle -PageSize 5");
            var listed = session.Run("Get-EnodeVehicle -First 3").AssertSucceeded().Output;
            var ids = listed.Select(v => (string)v.Properties["Id"].Value).ToList();
            var userIds = listed.Select(v => (string)v.Properties["UserId"].Value).ToList();

            Assert.Equal(Enumerable.Reverse(ids), Complete(session, "Get-EnodeVehicle -Id ").Take(ids.Count));
            Assert.Equal(Enumerable.Reverse(userIds).Distinct(), Complete(session, "New-EnodeLocation -UserId ").Take(userIds.Distinct().Count()));
            Assert.Empty(Complete(session, "Get-EnodeCharger -Id "));
            Assert.Equal(new[] { ids[0] }, Complete(session, "Get-EnodeChargingStatistics -DeviceType vehicle -DeviceId " + ids[0].Substring(0, 12)));

            using var unconnected = PowerShellSession.Unconnected();
            Assert.Empty(Complete(unconnected, "Get-EnodeVehicle -Id "));
        }

        [Fact]
        public void The_recent_ids_are_bounded_per_kind_and_a_seen_id_moves_to_the_front()
        {
            var perKind = (int)ModuleCommands.Assembly.GetType("EnodePS.Connections.RecentIds", throwOnError: true)!.GetField("PerKind")!.GetValue(null)!;
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = perKind + 20, UserCount = 3 });
            var all = session.Emulator.State.Vehicles.All.Select(r => r.Id).ToList();
            session.Invoke("$null = Get-EnodeVehicle; $null = Get-EnodeVehicle -Id $again", new { again = all[50] });

            var ids = Complete(session, "Get-EnodeVehicle -Id ");

            Assert.Equal(perKind, ids.Count);
            Assert.Equal(all[50], ids[0]);
            Assert.DoesNotContain(all[0], ids);
            Assert.DoesNotContain(Complete(session, "New-EnodeLocation -UserId "), all.Contains);
        }

        [Fact]
        public void Connection_names_complete_from_the_session()
        {
            using var session = new PowerShellSession();
            Assert.Equal(new[] { "Custom" }, Complete(session, "Get-EnodeConnection -Name "));
        }
    }
}
