using System;
using System.Linq;
using System.Management.Automation;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Models.Events;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Webhooks;
using EnodePS.Emulator;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests.Webhooks
{
    /// <summary>The receiving side: what a PowerShell HTTP handler (Azure Functions, Pode) runs, with no connection.</summary>
    public class WebhookReceiverCmdletTests
    {
        private const string Secret = "receiver-secret-0123456789";
        private const string Body = "[{\"event\":\"enode:webhook:test\",\"createdAt\":\"2024-10-01T08:00:00.000Z\",\"version\":\"2024-10-01\"}]";

        private static string Sign(string body, string secret)
        {
            using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret));
            return "sha1=" + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
        }

        private static RecordingHost Check(object body, string? signature, object secret) =>
            CmdletRunner.Run(new TestEnodeWebhookSignatureCommand { Body = body, Signature = signature, Secret = secret });

        [Fact]
        public void A_valid_signature_is_true_for_string_or_byte_bodies_and_secure_or_plain_secrets()
        {
            var signature = Sign(Body, Secret);

            Assert.Equal(true, Check(Body, signature, Secret).Output.Single());
            Assert.Equal(true, Check(Encoding.UTF8.GetBytes(Body), signature, SecureStrings.FromPlain(Secret)).Output.Single());
            Assert.Equal(true, Check(Encoding.UTF8.GetBytes(Body).Cast<object>().ToArray(), signature, Secret).Output.Single());
        }

        [Fact]
        public void A_tampered_body_or_another_secret_is_false_without_an_error()
        {
            var signature = Sign(Body, Secret);

            var tampered = Check(Body.Replace("08:00", "09:00"), signature, Secret);
            var otherSecret = Check(Body, signature, "not-the-secret");

            Assert.Equal(false, tampered.Output.Single());
            Assert.Empty(tampered.Errors);
            Assert.Equal(false, otherSecret.Output.Single());
        }

        [Theory]
        [InlineData(null, "EnodeWebhookSignatureMissing")]
        [InlineData("", "EnodeWebhookSignatureMissing")]
        [InlineData("sha256=abc", "EnodeWebhookSignatureMalformed")]
        public void A_missing_or_malformed_header_is_false_with_a_clear_error(string? signature, string errorId)
        {
            var host = Check(Body, signature, Secret);

            Assert.Equal(false, host.Output.Single());
            var error = host.Errors.Single();
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.Category);
            Assert.Contains("x-enode-signature", error.Exception.Message);
            Assert.DoesNotContain(Secret, host.AllText);
        }

        [Fact]
        public void A_parsed_object_instead_of_the_raw_body_is_refused()
        {
            var host = Check(new { @event = "x" }, Sign(Body, Secret), Secret);

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-Body", host.Terminating.Exception.Message);
        }

        [Fact]
        public void Convert_verifies_the_signature_first_and_refuses_a_forged_payload()
        {
            var forged = CmdletRunner.Run(new ConvertFromEnodeWebhookPayloadCommand { Body = Body, Secret = Secret, Signature = Sign(Body, "guessed") });
            var unsigned = CmdletRunner.Run(new ConvertFromEnodeWebhookPayloadCommand { Body = Body, Secret = Secret });
            var good = CmdletRunner.Run(new ConvertFromEnodeWebhookPayloadCommand { Body = Body, Secret = SecureStrings.FromPlain(Secret), Signature = Sign(Body, Secret) });

            Assert.Equal("EnodeWebhookSignatureInvalid", forged.Terminating!.ErrorId);
            Assert.Equal(ErrorCategory.SecurityError, forged.Terminating.Category);
            Assert.Empty(forged.Output);
            Assert.Contains("missing", unsigned.Terminating!.Exception.Message);
            Assert.IsType<WebhookTestEvent>(good.Output.Single());
        }

        [Fact]
        public void Convert_without_a_secret_reads_every_event_from_the_pipeline_and_keeps_unknown_ones()
        {
            var batch = "[{\"event\":\"user:credentials:invalidated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},\"vendor\":\"TESLA\"},"
                + "{\"event\":\"flex:session:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"session\":{}}]";

            var host = CmdletRunner.Run(new ConvertFromEnodeWebhookPayloadCommand(), null, null, batch, Body);

            Assert.Equal(new[] { typeof(CredentialsInvalidated), typeof(UnknownEvent), typeof(WebhookTestEvent) }, host.Output.Select(o => o!.GetType()));
            Assert.Equal("TESLA", ((CredentialsInvalidated)host.Output[0]!).Vendor);
            Assert.Contains(host.Verbose, v => v.Contains("flex:session:updated"));

            var broken = CmdletRunner.Run(new ConvertFromEnodeWebhookPayloadCommand { Body = "{not json" });
            Assert.Equal("EnodeWebhookPayloadInvalid", broken.Terminating!.ErrorId);
        }

        [Fact]
        public void A_real_delivery_from_the_emulator_verifies_and_reads_as_typed_events()
        {
            using var receiver = new WebhookReceiver();
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 2, WebhookRetryDelays = new[] { TimeSpan.FromMilliseconds(10) } });
            var registration = session.Run(new RegisterEnodeWebhookCommand { Url = receiver.Url.ToString(), Event = new[] { "user:vehicle:updated" } })
                .OutputOf<WebhookRegistration>().Single();
            var secret = registration.Secret!;
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
            var verified = CmdletRunner.Run(new TestEnodeWebhookSignatureCommand { Body = delivery.BodyText, Signature = delivery.Header("x-enode-signature"), Secret = secret });
            var events = CmdletRunner.Run(new ConvertFromEnodeWebhookPayloadCommand { Body = delivery.Body, Secret = secret, Signature = delivery.Header("x-enode-signature") });

            Assert.Equal(true, verified.Output.Single());
            var updated = Assert.IsType<VehicleUpdated>(events.Output.Single());
            Assert.Equal(vehicleId, updated.Vehicle.Id);
            Assert.Equal(new[] { "chargeState.batteryLevel" }, updated.UpdatedFields);
            Assert.False(string.IsNullOrEmpty(updated.Vehicle.Vendor));
        }
    }
}
