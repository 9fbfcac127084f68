using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using EnodePS.Client.Models;
using EnodePS.Client.Models.Events;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;
using static EnodePS.PowerShell.Tests.Webhooks.TestEnodeWebhookSignatureTests;

namespace EnodePS.PowerShell.Tests.Webhooks
{
    /// <summary>Receive-EnodeWebhook: a live listener whose events arrive in the pipeline.</summary>
    public class ReceiveEnodeWebhookTests
    {
        private const string Cmdlet = "EnodePS.Cmdlets.Webhooks.ReceiveEnodeWebhookCommand";

        private static void WaitUntil(Func<bool> condition, string what)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting until " + what);
                Thread.Sleep(25);
            }
        }

        private static bool IsListening(int port)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }

        private static int Post(int port, string body, string signature)
        {
            using var http = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/enode/webhooks")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("x-enode-signature", signature);
            return (int)http.Send(request).StatusCode;
        }

        [Fact]
        public void Register_shows_a_charging_action_ending_and_removes_its_webhook()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 3, UserCount = 1 });
            lock (session.Emulator.State.Gate)
                foreach (var vehicle in session.Emulator.State.Vehicles.All) ControllableDevice.Prepare(DeviceKind.Vehicle, vehicle.Body);

            var result = session.Run(
                "Get-EnodeVehicle -First 1 | Start-EnodeCharging | Out-Null; " +
                "Receive-EnodeWebhook -Register -Event 'user:vendor-action:updated' -Count 1 -TimeoutSeconds 30").AssertSucceeded();

            var e = Assert.IsType<VendorActionUpdated>(result.Objects.Single());
            Assert.Equal("CONFIRMED", e.VendorAction.State);
            Assert.Contains("state", e.UpdatedFields);
            Assert.Equal("EnodePS.Events.VendorActionUpdated", result.Output.Single().TypeNames[0]);
            Assert.Empty(session.Emulator.State.Webhooks.All);

            var read = session.Run("$e.VendorAction.CompletedAt -is [DateTimeOffset]; $e.VendorAction.IsResolved; $e.VendorAction.PSObject.TypeNames[0]",
                new { e = result.Output.Single() }).AssertSucceeded();
            Assert.Equal(new object[] { true, true, "EnodePS.VendorAction" }, read.Objects);
        }

        [Fact]
        public void Register_emits_the_events_of_a_scripted_tour_typed_and_readable_by_dot_notation()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 1, UserCount = 1 });
            var emulator = session.Emulator;
            using var running = session.Start("Receive-EnodeWebhook -Register -Event 'user:*' -Count 16 -TimeoutSeconds 60");
            WaitUntil(() => emulator.State.Webhooks.All.Count == 1, "the temporary webhook is registered");

            foreach (var (type, vendor) in new[] { ("vehicle", (string?)null), ("charger", null), ("hvac", null), ("inverter", "SOLAREDGE"), ("battery", "SOLAREDGE"), ("meter", "SOLAREDGE") })
                emulator.CompleteLink("tour-user", type, vendor);
            string vehicleVendor;
            lock (emulator.State.Gate) vehicleVendor = (string)emulator.State.Vehicles.All.Single(v => v.UserId == "tour-user").Body["vendor"]!;
            emulator.InvalidateCredentials("tour-user", vehicleVendor);
            lock (emulator.State.Gate) UserAssets.RemoveUser(emulator.State, "tour-user");

            var result = running.Wait(TimeSpan.FromSeconds(60)).AssertSucceeded();

            Assert.Equal(16, result.Objects.Count());
            Assert.DoesNotContain(result.Objects, o => o is UnknownEvent);
            var names = result.Objects.Cast<WebhookEvent>().Select(e => e.Event).ToList();
            foreach (var noun in new[] { "vehicle", "charger", "hvac", "inverter", "battery", "meter", "hem-system" })
            {
                Assert.Contains($"user:{noun}:discovered", names);
                Assert.Contains($"user:{noun}:deleted", names);
            }
            Assert.Contains("user:hem-system:updated", names);
            Assert.Contains("user:credentials:invalidated", names);
            Assert.Empty(emulator.State.Webhooks.All);

            var read = session.Run(
                "$events | Where-Object Event -eq 'user:charger:deleted' | ForEach-Object { $_.Charger.ChargeState.IsPluggedIn -is [bool]; $_.Charger.PSObject.TypeNames[0] }; " +
                "$events | Where-Object Event -eq 'user:hem-system:updated' | ForEach-Object { $_.HemSystem.Status.LastSeen -is [DateTimeOffset]; $_.UpdatedFields -contains 'status.lastSeen' }; " +
                "$events | Where-Object Event -eq 'user:inverter:deleted' | ForEach-Object { $_.Inverter.UserId }",
                new { events = result.Output.ToArray() }).AssertSucceeded();
            Assert.Equal(new object[] { true, "EnodePS.Charger", true, true, "tour-user" }, read.Objects);
        }

        [Fact]
        public void Ctrl_C_ends_it_promptly_and_frees_the_port()
        {
            using var session = PowerShellSession.Unconnected();
            var port = WebhookReceiver.FreePort();
            using var running = session.Start("Receive-EnodeWebhook -Port $port -Secret (ConvertTo-SecureString $secret -AsPlainText -Force)", new { port, secret = Secret });
            WaitUntil(() => IsListening(port), "the listener accepts connections");

            var watch = Stopwatch.StartNew();
            running.Stop();
            watch.Stop();

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Stop took {watch.Elapsed}");
            var again = new TcpListener(IPAddress.Loopback, port);
            again.Start();
            again.Stop();
        }

        [Fact]
        public void A_bad_signature_is_answered_401_and_reported_as_a_non_terminating_error_never_emitted()
        {
            using var session = PowerShellSession.Unconnected();
            var port = WebhookReceiver.FreePort();
            using var running = session.Start(
                "Receive-EnodeWebhook -Port $port -Secret (ConvertTo-SecureString $secret -AsPlainText -Force) -Event 'enode:*' -Count 1 -TimeoutSeconds 30",
                new { port, secret = Secret });
            WaitUntil(() => IsListening(port), "the listener accepts connections");

            Assert.Equal(401, Post(port, Body, Sign(Body, "guessed")));
            Assert.Equal(200, Post(port, Body, Sign(Body, Secret)));
            var result = running.Wait(TimeSpan.FromSeconds(30));

            Assert.IsType<WebhookTestEvent>(result.Objects.Single());
            var error = Assert.Single(result.Errors);
            Assert.Equal("EnodeWebhookSignatureInvalid," + Cmdlet, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
            Assert.DoesNotContain(Secret, result.AllText);
        }

        [Fact]
        public void Timeout_ends_it_without_an_error_and_Event_filters_by_wildcard()
        {
            using var session = PowerShellSession.Unconnected();
            var port = WebhookReceiver.FreePort();
            using var running = session.Start(
                "Receive-EnodeWebhook -Port $port -Secret (ConvertTo-SecureString $secret -AsPlainText -Force) -Event 'user:*' -TimeoutSeconds 2",
                new { port, secret = Secret });
            WaitUntil(() => IsListening(port), "the listener accepts connections");

            Assert.Equal(200, Post(port, Body, Sign(Body, Secret)));
            var result = running.Wait(TimeSpan.FromSeconds(30)).AssertSucceeded();

            Assert.Empty(result.Objects);
        }

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Receive-EnodeWebhook");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Receive-EnodeWebhook");
    }
}
