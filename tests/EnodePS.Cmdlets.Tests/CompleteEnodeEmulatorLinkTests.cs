using System.Linq;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Connections;
using EnodePS.Cmdlets.Emulation;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Users;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Connections;
using EnodePS.Emulator;

namespace EnodePS.Cmdlets.Tests
{
    public class CompleteEnodeEmulatorLinkTests
    {
        [Fact]
        public void A_session_from_New_EnodeLinkSession_completes_over_loopback_and_its_devices_pipe_to_Get_EnodeVehicle()
        {
            using var session = new CmdletSession();
            var link = session.Run(new NewEnodeLinkSessionCommand
            {
                UserId = "piped", Vendor = "NISSAN", VendorType = "vehicle", Scope = new[] { "vehicle:read:data" }, RedirectUri = "https://a.example/",
            }).OutputOf<LinkSession>().Single();

            var host = session.Run(new CompleteEnodeEmulatorLinkCommand { DeviceCount = 2 }, link);

            Assert.Null(host.Terminating);
            var completion = session.Emulator.Journal.Snapshot().Last();
            Assert.Equal(("POST", "/_emulator/links/complete", 200), (completion.Method, completion.Path, completion.Status));
            var devices = host.OutputOf<EmulatorLinkedDevice>().ToList();
            Assert.Equal(2, devices.Count);
            Assert.All(devices, d => Assert.Equal(("piped", "NISSAN", "vehicle", true), (d.UserId, d.Vendor, d.VendorType, d.IsNew)));

            var vehicles = session.Run(new GetEnodeVehicleCommand(), devices.Cast<object>().ToArray()).OutputOf<Vehicle>().ToList();
            Assert.Equal(devices.Select(d => d.Id), vehicles.Select(v => v.Id));
            Assert.Equal(2, session.Emulator.State.Events.Recent.Count(e => e.Name == "user:vehicle:discovered"));

            var again = session.Run(new CompleteEnodeEmulatorLinkCommand(), link);
            Assert.Equal(("EnodeConflict", ErrorCategory.ResourceUnavailable), (again.Terminating!.ErrorId, again.Terminating.Category));
        }

        [Fact]
        public void Without_a_session_it_links_a_vendor_type_for_a_user_in_an_in_process_emulator()
        {
            var host = new RecordingHost();
            var connected = CmdletRunner.Run(new ConnectEnodeCommand { Environment = "Emulator" }.With("PassThru"), host);
            using var connection = (EnodeConnection)connected.Output.Single()!;
            Assert.NotNull(connection.Emulator);
            var before = connection.Emulator!.RequestCount;

            var linked = CmdletRunner.Run(new CompleteEnodeEmulatorLinkCommand { Connection = connection, UserId = "new-user", VendorType = "Vehicle", Vendor = "audi" },
                new RecordingHost { SessionKey = host.SessionKey });

            var device = Assert.Single(linked.OutputOf<EmulatorLinkedDevice>());
            Assert.Equal(("new-user", "AUDI", "vehicle"), (device.UserId, device.Vendor, device.VendorType));
            Assert.Equal(before, connection.Emulator.RequestCount); // in-process: no HTTP request at all
            Assert.Equal("new-user", connection.Emulator.State.Vehicles.Find(device.Id)!.UserId);

            var unknown = CmdletRunner.Run(new CompleteEnodeEmulatorLinkCommand { Connection = connection, LinkToken = "no-such-token" }, new RecordingHost());
            Assert.Equal(("EnodeNotFound", ErrorCategory.ObjectNotFound), (unknown.Terminating!.ErrorId, unknown.Terminating.Category));
        }

        [Fact]
        public void Whatif_completes_nothing_and_a_real_environment_is_refused()
        {
            using var session = new CmdletSession();
            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            var vehicles = session.Emulator.State.Vehicles.Count;
            var requests = session.Emulator.RequestCount;

            session.Run(new CompleteEnodeEmulatorLinkCommand { UserId = "u", VendorType = "vehicle" }, whatIf);

            Assert.Equal((vehicles, requests), (session.Emulator.State.Vehicles.Count, session.Emulator.RequestCount));
            Assert.Equal("a vendor vehicle for user u", whatIf.ShouldProcessCalls.Single().Target);

            // Shares the session's client, so it is not disposed here.
            var production = new EnodeConnection("prod", EnodeEnvironment.Production, session.Connection.Client, null);
            var refused = CmdletRunner.Run(new CompleteEnodeEmulatorLinkCommand { Connection = production, UserId = "u", VendorType = "vehicle" }, new RecordingHost());
            Assert.Equal(("EnodeNotEmulator", ErrorCategory.InvalidOperation), (refused.Terminating!.ErrorId, refused.Terminating.Category));
            Assert.Equal(requests, session.Emulator.RequestCount);
        }
    }
}
