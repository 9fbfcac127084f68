using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class WebhookDeliveryTests
    {
        private const string Secret = "delivery-secret-0123456789";

        private static EmulatorOptions Fast(params int[] retryMilliseconds) => new EmulatorOptions
        {
            WebhookRetryDelays = retryMilliseconds.Select(ms => TimeSpan.FromMilliseconds(ms)).ToArray(),
            WebhookTimeout = TimeSpan.FromSeconds(5),
        };

        private static async Task<string> Register(RawHttp http, Uri url, string events = "[\"*\"]", string? authentication = null)
        {
            var body = "{\"url\":\"" + url + "\",\"secret\":\"" + Secret + "\",\"events\":" + events
                + (authentication == null ? "" : ",\"authentication\":" + authentication) + "}";
            var answer = await http.SendAsync(HttpMethod.Post, "/webhooks", body);
            Assert.Equal(200, answer.Status);
            return (string)answer.Body!["id"]!;
        }

        private static void Publish(EnodeEmulator emulator, string name, JsonObject payload)
        {
            lock (emulator.State.Gate) emulator.State.Events.Publish(name, payload);
        }

        private static JsonObject VehiclePayload(EnodeEmulator emulator)
        {
            lock (emulator.State.Gate)
            {
                var vehicle = emulator.State.Vehicles.All[0];
                return new JsonObject
                {
                    ["user"] = new JsonObject { ["id"] = vehicle.UserId },
                    ["vehicle"] = JsonNode.Parse(vehicle.Body.ToJsonString()),
                    ["updatedFields"] = new JsonArray("chargeState.batteryLevel"),
                };
            }
        }

        /// <summary>Computed here, independently of the emulator's signer.</summary>
        private static string ExpectedSignature(byte[] body, string secret)
        {
            using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret));
            return "sha1=" + Convert.ToHexString(hmac.ComputeHash(body)).ToLowerInvariant();
        }

        [Fact]
        public async Task A_published_event_is_posted_as_a_signed_json_array_with_the_authentication_header()
        {
            using var receiver = new WebhookReceiver();
            using var host = new LoopbackEmulator(Fast());
            using var http = new RawHttp(host);
            await Register(http, receiver.Url, authentication: "{\"headerName\":\"X-Api-Key\",\"headerValue\":\"receiver-key-42\"}");

            Publish(host.Emulator, "user:vehicle:updated", VehiclePayload(host.Emulator));

            var delivery = receiver.WaitForDeliveries(1).Single();
            Assert.Equal(ExpectedSignature(delivery.Body, Secret), delivery.Header("x-enode-signature"));
            Assert.True(Guid.TryParse(delivery.Header("x-enode-delivery"), out _));
            Assert.Equal("receiver-key-42", delivery.Header("X-Api-Key"));
            Assert.StartsWith("application/json", delivery.Header("Content-Type"));

            var events = JsonNode.Parse(delivery.Body)!.AsArray();
            var e = Assert.Single(events)!.AsObject();
            Assert.Equal("user:vehicle:updated", (string?)e["event"]);
            Assert.Equal("2024-10-01", (string?)e["version"]);
            Assert.True(DateTimeOffset.TryParse((string?)e["createdAt"], out _));
            Assert.Equal(host.Emulator.State.Vehicles.All[0].Id, (string?)e["vehicle"]!["id"]);
            Assert.Equal(new[] { "chargeState.batteryLevel" }, e["updatedFields"]!.AsArray().Select(f => (string)f!));

            Eventually.True(() => host.Emulator.State.Webhooks.All[0].Body["lastSuccess"] != null, "lastSuccess is set");
        }

        [Fact]
        public async Task Only_subscribed_events_are_delivered()
        {
            using var receiver = new WebhookReceiver();
            using var host = new LoopbackEmulator(Fast());
            using var http = new RawHttp(host);
            await Register(http, receiver.Url, events: "[\"user:vehicle:deleted\"]");

            Publish(host.Emulator, "user:vehicle:updated", VehiclePayload(host.Emulator));
            Publish(host.Emulator, "user:vehicle:deleted", VehiclePayload(host.Emulator));

            receiver.WaitForDeliveries(1);
            Eventually.True(() => !host.Emulator.WebhookDelivery.IsBusy, "the dispatcher is idle");
            var names = receiver.Deliveries.SelectMany(d => JsonNode.Parse(d.Body)!.AsArray()).Select(e => (string?)e!["event"]).ToList();
            Assert.Equal(new[] { "user:vehicle:deleted" }, names);
        }

        [Fact]
        public async Task Events_arrive_in_order_and_each_exactly_once()
        {
            using var receiver = new WebhookReceiver();
            using var host = new LoopbackEmulator(Fast());
            using var http = new RawHttp(host);
            await Register(http, receiver.Url);

            for (var i = 0; i < 120; i++)
                Publish(host.Emulator, "user:credentials:invalidated", new JsonObject { ["user"] = new JsonObject { ["id"] = "u" }, ["vendor"] = "V" + i });

            Eventually.True(() => receiver.Deliveries.Sum(d => JsonNode.Parse(d.Body)!.AsArray().Count) >= 120, "120 events arrived");
            Eventually.True(() => !host.Emulator.WebhookDelivery.IsBusy, "the dispatcher is idle");
            var vendors = receiver.Deliveries.SelectMany(d => JsonNode.Parse(d.Body)!.AsArray()).Select(e => (string?)e!["vendor"]).ToList();
            Assert.Equal(Enumerable.Range(0, 120).Select(i => "V" + i), vendors);
            Assert.All(receiver.Deliveries, d => Assert.Equal(ExpectedSignature(d.Body, Secret), d.Header("x-enode-signature")));
        }

        [Fact]
        public async Task A_failed_delivery_is_retried_with_the_same_delivery_id_until_it_succeeds()
        {
            using var receiver = new WebhookReceiver();
            var calls = 0;
            receiver.Respond = _ => Interlocked.Increment(ref calls) <= 2 ? (500, "busy") : (200, "ok");
            using var host = new LoopbackEmulator(Fast(10, 10, 10));
            using var http = new RawHttp(host);
            await Register(http, receiver.Url);

            Publish(host.Emulator, "user:vehicle:updated", VehiclePayload(host.Emulator));

            var deliveries = receiver.WaitForDeliveries(3);
            Assert.Single(deliveries.Select(d => d.Header("x-enode-delivery")).Distinct());
            Assert.All(deliveries, d => Assert.Equal(deliveries[0].BodyText, d.BodyText));
            Eventually.True(() => host.Emulator.State.Webhooks.All[0].Body["lastSuccess"] != null, "lastSuccess is set");
            Assert.True((bool)host.Emulator.State.Webhooks.All[0].Body["isActive"]!);
        }

        [Fact]
        public async Task After_the_last_retry_fails_the_webhook_is_inactive_and_gets_no_more_events_until_a_test_succeeds()
        {
            using var receiver = new WebhookReceiver();
            receiver.Respond = _ => (503, "down for maintenance");
            using var host = new LoopbackEmulator(Fast(10, 10));
            using var http = new RawHttp(host);
            var id = await Register(http, receiver.Url);

            Publish(host.Emulator, "user:vehicle:updated", VehiclePayload(host.Emulator));

            Eventually.True(() => (bool?)(http.GetAsync("/webhooks/" + id).Result.Body!["isActive"]) == false, "the webhook is inactive");
            Assert.Equal(3, receiver.Deliveries.Count);

            Publish(host.Emulator, "user:vehicle:updated", VehiclePayload(host.Emulator));
            Thread.Sleep(200);
            Assert.Equal(3, receiver.Deliveries.Count);

            receiver.Respond = _ => (200, "back");
            var test = await http.SendAsync(HttpMethod.Post, "/webhooks/" + id + "/test");
            Assert.Equal("SUCCESS", (string?)test.Body!["status"]);
            Assert.True((bool)(await http.GetAsync("/webhooks/" + id)).Body!["isActive"]!);
        }

        [Fact]
        public async Task The_test_operation_sends_the_test_event_and_reports_the_receivers_answer_in_the_documented_shape()
        {
            using var receiver = new WebhookReceiver();
            receiver.Respond = _ => (200, "thanks");
            using var host = new LoopbackEmulator(Fast());
            using var http = new RawHttp(host);
            var id = await Register(http, receiver.Url, events: "[\"user:vehicle:updated\"]");

            var answer = await http.SendAsync(HttpMethod.Post, "/webhooks/" + id + "/test");

            Assert.Equal(200, answer.Status);
            var body = answer.Body!.AsObject();
            Assert.Equal(SpecShapes.ResponseFields("POST", "/webhooks/{webhookId}/test", 200).OrderBy(n => n), body.Select(p => p.Key).OrderBy(n => n));
            Assert.Equal("SUCCESS", (string?)body["status"]);
            Assert.Equal(200, (int)body["response"]!["code"]!);
            Assert.Equal("thanks", (string?)body["response"]!["body"]);
            Assert.Contains(body["response"]!["headers"]!.AsArray(), h => ((string)h!).StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase));

            var delivery = receiver.Deliveries.Single();
            Assert.Equal("enode:webhook:test", (string?)JsonNode.Parse(delivery.Body)![0]!["event"]);
            Assert.Equal(ExpectedSignature(delivery.Body, Secret), delivery.Header("x-enode-signature"));
        }

        [Fact]
        public async Task A_failing_test_is_a_failure_with_no_response_and_says_what_the_receiver_answered()
        {
            using var receiver = new WebhookReceiver();
            receiver.Respond = _ => (401, "bad signature");
            using var host = new LoopbackEmulator(Fast());
            using var http = new RawHttp(host);
            var id = await Register(http, receiver.Url);

            var answer = (await http.SendAsync(HttpMethod.Post, "/webhooks/" + id + "/test")).Body!;

            Assert.Equal("FAILURE", (string?)answer["status"]);
            Assert.Null(answer["response"]);
            Assert.Contains("401", (string?)answer["description"]);
            Assert.Contains("bad signature", (string?)answer["description"]);
        }

        [Fact]
        public async Task An_unreachable_receiver_is_a_failure()
        {
            using var host = new LoopbackEmulator(Fast());
            using var http = new RawHttp(host);
            var id = await Register(http, new Uri("http://127.0.0.1:9/nobody-listens"));

            var answer = (await http.SendAsync(HttpMethod.Post, "/webhooks/" + id + "/test")).Body!;

            Assert.Equal("FAILURE", (string?)answer["status"]);
            Assert.Contains("could not be reached", (string?)answer["description"]);
        }

        [Fact]
        public async Task A_slow_receiver_does_not_hold_up_the_api()
        {
            using var receiver = new WebhookReceiver();
            using var release = new ManualResetEventSlim();
            receiver.Respond = _ => { release.Wait(TimeSpan.FromSeconds(20)); return (200, "ok"); };
            using var host = new LoopbackEmulator(Fast());
            using var http = new RawHttp(host);
            await Register(http, receiver.Url);

            Publish(host.Emulator, "user:vehicle:updated", VehiclePayload(host.Emulator));
            receiver.WaitForDeliveries(1);

            var list = http.GetAsync("/webhooks");
            var completed = await Task.WhenAny(list, Task.Delay(TimeSpan.FromSeconds(5)));
            var answeredWhileDeliveryWasInFlight = completed == list && !release.IsSet;
            release.Set();
            Assert.True(answeredWhileDeliveryWasInFlight, "GET /webhooks waited for the webhook receiver");
            Assert.Equal(200, (await list).Status);
        }
    }
}
