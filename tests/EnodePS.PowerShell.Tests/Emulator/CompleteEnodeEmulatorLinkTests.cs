using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Emulator
{
    public class CompleteEnodeEmulatorLinkTests
    {
        private const string CompleteAction = "Complete the link as if the user had logged in at the vendor";

        [Fact]
        public void A_session_from_New_EnodeLinkSession_completes_over_loopback_and_its_devices_pipe_to_Get_EnodeVehicle()
        {
            using var session = new PowerShellSession();
            var link = session.Run(
                "New-EnodeLinkSession -UserId piped -Vendor NISSAN -DeviceType vehicle -Scope vehicle:read:data -RedirectUri https://a.example/")
                .AssertSucceeded().Output.Single();
            Assert.IsType<LinkSession>(link.BaseObject);

            var result = session.Run("$link | Complete-EnodeEmulatorLink -DeviceCount 2", new { link }).AssertSucceeded();

            var completion = session.Emulator.Journal.Snapshot().Last();
            Assert.Equal(("POST", "/_emulator/links/complete", 200), (completion.Method, completion.Path, completion.Status));
            var devices = result.OutputOf<EmulatorLinkedDevice>().ToList();
            Assert.Equal(2, devices.Count);
            Assert.All(devices, d => Assert.Equal(("piped", "NISSAN", "vehicle", true), (d.UserId, d.Vendor, d.VendorType, d.IsNew)));

            var vehicles = session.Run("$devices | Get-EnodeVehicle", new { devices = result.Output }).AssertSucceeded().OutputOf<Vehicle>().ToList();
            Assert.Equal(devices.Select(d => d.Id), vehicles.Select(v => v.Id));
            Assert.Equal(2, session.Emulator.State.Events.Recent.Count(e => e.Name == "user:vehicle:discovered"));

            var again = session.RunCatchingTerminating("$link | Complete-EnodeEmulatorLink", new { link });
            Assert.Equal("EnodeConflict,EnodePS.Cmdlets.Emulator.CompleteEnodeEmulatorLinkCommand", again.Terminating?.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceUnavailable, again.Terminating!.CategoryInfo.Category);
        }

        [Fact]
        public void Without_a_session_it_links_a_vendor_type_for_a_user_in_an_in_process_emulator()
        {
            using var session = PowerShellSession.Unconnected();
            var connection = session.Run("Connect-Enode -Environment Emulator -PassThru").AssertSucceeded().Output.Single();
            var emulator = Assert.IsType<EnodeEmulator>(connection.Properties["Emulator"].Value);
            var before = emulator.RequestCount;

            var linked = session.Run("Complete-EnodeEmulatorLink -Connection $connection -UserId new-user -DeviceType Vehicle -Vendor audi", new { connection })
                .AssertSucceeded();

            var device = Assert.Single(linked.OutputOf<EmulatorLinkedDevice>());
            Assert.Equal(("new-user", "AUDI", "vehicle"), (device.UserId, device.Vendor, device.VendorType));
            Assert.Equal(before, emulator.RequestCount); // in-process: no HTTP request at all
            Assert.Equal("new-user", emulator.State.Vehicles.Find(device.Id)!.UserId);

            var unknown = session.RunCatchingTerminating("Complete-EnodeEmulatorLink -Connection $connection -LinkToken no-such-token", new { connection });
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Emulator.CompleteEnodeEmulatorLinkCommand", unknown.Terminating?.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, unknown.Terminating!.CategoryInfo.Category);
        }

        [Fact]
        public void WhatIf_completes_nothing_and_a_real_environment_is_refused()
        {
            using var session = new PowerShellSession();
            var vehicles = session.Emulator.State.Vehicles.Count;
            var requests = session.Emulator.RequestCount;

            var result = session.Run("Complete-EnodeEmulatorLink -UserId u -DeviceType vehicle -WhatIf");

            result.AssertSucceeded();
            Assert.Empty(result.Output);
            Assert.Equal((vehicles, requests), (session.Emulator.State.Vehicles.Count, session.Emulator.RequestCount));
            Assert.Equal(new[] { ("a vendor vehicle for user u", CompleteAction) }, result.WhatIf);

            // A connection labelled Production (here to the same loopback emulator, so that a request would show).
            var production = session.Run(
                "Connect-Enode -Environment Production -Name prod -ClientId $clientId -ClientSecret (ConvertTo-SecureString $clientSecret -AsPlainText -Force) " +
                "-ApiUrl $apiUrl -TokenUrl $tokenUrl -PassThru",
                new { clientId = session.Emulator.ClientId, clientSecret = session.Emulator.RevealClientSecret(), apiUrl = session.Loopback.ApiUrl, tokenUrl = session.Loopback.TokenUrl })
                .AssertSucceeded().Output.Single();
            requests = session.Emulator.RequestCount;
            var refused = session.RunCatchingTerminating("Complete-EnodeEmulatorLink -Connection $production -UserId u -DeviceType vehicle", new { production });
            Assert.Equal("EnodeNotEmulator,EnodePS.Cmdlets.Emulator.CompleteEnodeEmulatorLinkCommand", refused.Terminating?.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, refused.Terminating!.CategoryInfo.Category);
            Assert.Equal(requests, session.Emulator.RequestCount);
        }
    }
}
