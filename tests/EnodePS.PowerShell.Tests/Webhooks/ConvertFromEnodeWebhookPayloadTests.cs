using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client.Models;
using EnodePS.Client.Models.Events;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;
using static EnodePS.PowerShell.Tests.Webhooks.TestEnodeWebhookSignatureTests;

namespace EnodePS.PowerShell.Tests.Webhooks
{
    /// <summary>The receiving side: what a PowerShell HTTP handler (Azure Functions, Pode) runs, with no connection.</summary>
    public class ConvertFromEnodeWebhookPayloadTests
    {
        private const string SignatureInvalid = "EnodeWebhookSignatureInvalid,EnodePS.Cmdlets.Webhooks.ConvertFromEnodeWebhookPayloadCommand";

        [Fact]
        public void Convert_verifies_the_signature_first_and_refuses_a_forged_payload()
        {
            using var session = PowerShellSession.Unconnected();
            var variables = new { body = Body, secret = Secret, forgedSignature = Sign(Body, "guessed"), signature = Sign(Body, Secret) };

            var forged = session.Run("ConvertFrom-EnodeWebhookPayload -Body $body -Secret $secret -Signature $forgedSignature", variables);
            var unsigned = session.Run("ConvertFrom-EnodeWebhookPayload -Body $body -Secret $secret", variables);
            var good = session.Run("ConvertFrom-EnodeWebhookPayload -Body $body -Secret (ConvertTo-SecureString $secret -AsPlainText -Force) -Signature $signature", variables);

            var forgedError = Assert.Single(forged.AllErrors);
            Assert.Equal(SignatureInvalid, forgedError.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.SecurityError, forgedError.CategoryInfo.Category);
            Assert.Empty(forged.Output);
            var unsignedError = Assert.Single(unsigned.AllErrors);
            Assert.Equal(SignatureInvalid, unsignedError.FullyQualifiedErrorId);
            Assert.Contains("missing", unsignedError.Exception.Message);
            Assert.Empty(unsigned.Output);
            Assert.IsType<WebhookTestEvent>(good.AssertSucceeded().Objects.Single());
        }

        [Fact]
        public void Convert_without_a_secret_reads_every_event_from_the_pipeline_and_keeps_unknown_ones()
        {
            using var session = PowerShellSession.Unconnected();
            var batch = "[{\"event\":\"user:credentials:invalidated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},\"vendor\":\"TESLA\"},"
                + "{\"event\":\"flex:session:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"session\":{}}]";

            var result = session.Run("$batch, $body | ConvertFrom-EnodeWebhookPayload -Verbose", new { batch, body = Body }).AssertSucceeded();

            Assert.Equal(new[] { typeof(CredentialsInvalidated), typeof(UnknownEvent), typeof(WebhookTestEvent) }, result.Objects.Select(o => o.GetType()));
            Assert.Equal("TESLA", ((CredentialsInvalidated)result.Objects.First()).Vendor);
            Assert.Contains(result.Verbose, v => v.Contains("flex:session:updated"));

            var broken = session.Run("ConvertFrom-EnodeWebhookPayload -Body '{not json'");
            Assert.Equal("EnodeWebhookPayloadInvalid,EnodePS.Cmdlets.Webhooks.ConvertFromEnodeWebhookPayloadCommand", Assert.Single(broken.AllErrors).FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, broken.AllErrors.Single().CategoryInfo.Category);
        }

        [Fact]
        public void Device_action_and_schedule_payloads_read_by_dot_notation_with_the_REST_types_and_views()
        {
            using var session = PowerShellSession.Unconnected();
            var body = "[{\"event\":\"user:charger:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},"
                + "\"charger\":{\"id\":\"c1\",\"userId\":\"u1\",\"vendor\":\"ZAPTEC\",\"lastSeen\":\"2024-10-01T07:59:00Z\",\"chargeState\":{\"isCharging\":true,\"maxCurrent\":16}},"
                + "\"updatedFields\":[\"chargeState.isCharging\"]},"
                + "{\"event\":\"user:schedule:execution-updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},"
                + "\"status\":{\"scheduleId\":\"s1\",\"state\":\"ALIGNED\",\"isCharging\":false,\"upcomingTransitions\":[{\"at\":\"2024-10-01T22:00:00Z\",\"shouldCharge\":true}]},"
                + "\"schedule\":{\"id\":\"s1\",\"targetId\":\"v1\",\"targetType\":\"vehicle\",\"isEnabled\":true,\"rules\":[]},\"updatedFields\":[\"state\"]}]";

            var result = session.Run(
                "$charger, $schedule = ConvertFrom-EnodeWebhookPayload -Body $body; " +
                "$charger.Charger.ChargeState.IsCharging -is [bool]; $charger.Charger.ChargeState.MaxCurrent; $charger.Charger.LastSeen -is [DateTimeOffset]; " +
                "$charger.UpdatedFields -contains 'chargeState.isCharging'; $charger.Charger.PSObject.TypeNames[0]; " +
                "$schedule.Status.UpcomingTransitions[0].At -is [DateTimeOffset]; $schedule.Status.PSObject.TypeNames[0]; $schedule.Schedule.IsEnabled",
                new { body }).AssertSucceeded();

            Assert.Equal(new object[] { true, 16.0, true, true, "EnodePS.Charger", true, "EnodePS.ScheduleStatus", true }, result.Objects);
            Assert.Contains("ZAPTEC", session.Run("(ConvertFrom-EnodeWebhookPayload -Body $body)[0].Charger | Out-String", new { body }).AssertSucceeded().Objects.Single()!.ToString());
        }

        [Fact]
        public void A_real_delivery_from_the_emulator_verifies_and_reads_as_typed_events()
        {
            using var receiver = new WebhookReceiver();
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2, WebhookRetryDelays = new[] { TimeSpan.FromMilliseconds(10) } });
            session.Run("$registration = Register-EnodeWebhook -Url $url -Event user:vehicle:updated", new { url = receiver.Url.ToString() }).AssertSucceeded();
            var state = session.Emulator.State;
            string vehicleId;
            lock (state.Gate)
            {
                var vehicle = state.Vehicles.All[0];
                vehicleId = vehicle.Id;
                state.Events.Publish("user:vehicle:updated", new JsonObject
                {
                    ["user"] = new JsonObject { ["id"] = vehicle.UserId },
                    ["vehicle"] = JsonNode.Parse(vehicle.Body.ToJsonString()),
                    ["updatedFields"] = new JsonArray("chargeState.batteryLevel"),
                });
            }

            var delivery = receiver.WaitForDeliveries(1).Single();
            var variables = new { bodyText = delivery.BodyText, bodyBytes = delivery.Body, signature = delivery.Header("x-enode-signature") };
            var verified = session.Run("Test-EnodeWebhookSignature -Body $bodyText -Signature $signature -Secret $registration.Secret", variables).AssertSucceeded();
            var events = session.Run("ConvertFrom-EnodeWebhookPayload -Body $bodyBytes -Secret $registration.Secret -Signature $signature", variables).AssertSucceeded();

            Assert.Equal(true, verified.Objects.Single());
            var updated = Assert.IsType<VehicleUpdated>(events.Objects.Single());
            Assert.Equal(vehicleId, updated.Vehicle.Id);
            Assert.Equal(new[] { "chargeState.batteryLevel" }, updated.UpdatedFields);
            Assert.False(string.IsNullOrEmpty(updated.Vehicle.Vendor));
        }

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("ConvertFrom-EnodeWebhookPayload");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("ConvertFrom-EnodeWebhookPayload");
    }
}
