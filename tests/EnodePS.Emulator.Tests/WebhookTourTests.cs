using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    /// <summary>
    /// A scripted tour of a user's life (link every device type, fetch, control, smart charging, a schedule, a password
    /// change at the vendor, a webhook test, time passing, deletion) delivers every event the reference documents.
    /// </summary>
    public class WebhookTourTests
    {
        private static readonly DateTimeOffset Start = new DateTimeOffset(2024, 11, 6, 21, 0, 0, TimeSpan.Zero);

        private static readonly (string Type, string Collection, string? Vendor)[] Devices =
        {
            ("vehicle", "vehicles", null), ("charger", "chargers", null), ("hvac", "hvacs", null),
            ("inverter", "inverters", "SOLAREDGE"), ("battery", "batteries", "SOLAREDGE"), ("meter", "meters", "SOLAREDGE"),
        };

        private static IReadOnlyList<string> DocumentedEvents() =>
            JsonNode.Parse(File.ReadAllText(SpecFiles.Combine("spec", "webhook-events.json")))!.AsArray().Select(e => (string)e!["event"]!).ToList();

        [Fact]
        public async Task A_scripted_tour_delivers_all_28_documented_events_with_their_documented_fields()
        {
            var clock = new ManualEmulatorClock(Start);
            using var receiver = new WebhookReceiver();
            using var host = new LoopbackEmulator(new EmulatorOptions
            {
                Clock = clock,
                WebhookRetryDelays = new TimeSpan[0],
                WebhookHeartbeatInterval = TimeSpan.FromMinutes(5),
            });
            using var http = new RawHttp(host);
            var emulator = host.Emulator;

            var registered = await http.SendAsync(HttpMethod.Post, "/webhooks",
                "{\"url\":\"" + receiver.Url + "\",\"secret\":\"tour-secret-0123456789\",\"events\":[\"*\"]}");
            Assert.Equal(200, registered.Status);
            var webhookId = (string)registered.Body!["id"]!;

            const string userId = "tour-user";
            var ids = new Dictionary<string, string>();
            foreach (var (type, _, vendor) in Devices) ids[type] = emulator.CompleteLink(userId, type, vendor).Single().Id;

            foreach (var (type, collection, _) in Devices)
            {
                lock (emulator.State.Gate)
                {
                    var kind = DeviceKind.All.FirstOrDefault(k => k.Name == type);
                    var device = DeviceFactoriesTable(emulator, type).Find(ids[type])!;
                    if (kind != null) ControllableDevice.Prepare(kind, device.Body);
                    else device.Body["isReachable"] = true;
                }
                Assert.Equal(204, (await http.SendAsync(HttpMethod.Post, $"/{collection}/{ids[type]}/refresh-hint")).Status);
            }

            var charging = await http.SendAsync(HttpMethod.Post, $"/vehicles/{ids["vehicle"]}/charging", "{\"action\":\"START\"}");
            Assert.True(charging.Status == 200, charging.Body?.ToJsonString());
            clock.Advance(emulator.Options.ActionDelay + TimeSpan.FromSeconds(1));

            // A status's first computation is no change; turning smart charging on is.
            Assert.Equal(200, (await http.GetAsync($"/vehicles/{ids["vehicle"]}/smart-charging-status")).Status);
            var policy = await http.SendAsync(HttpMethod.Put, $"/vehicles/{ids["vehicle"]}/smart-charging-policy", "{\"isEnabled\":true,\"deadline\":\"07:00\"}");
            Assert.True(policy.Status == 200, policy.Body?.ToJsonString());
            Assert.Equal(200, (await http.GetAsync($"/vehicles/{ids["vehicle"]}/smart-charging-status")).Status);

            var schedule = await http.SendAsync(HttpMethod.Post, $"/users/{userId}/schedules", new JsonObject
            {
                ["targetId"] = ids["vehicle"],
                ["locationId"] = null,
                ["targetType"] = "vehicle",
                ["isEnabled"] = true,
                ["defaultShouldCharge"] = false,
                ["rules"] = new JsonArray(new JsonObject
                {
                    ["hourMinute"] = new JsonObject { ["from"] = "22:00", ["to"] = "06:00" },
                    ["shouldCharge"] = true,
                }),
            }.ToJsonString());
            Assert.True(schedule.Status == 200, schedule.Body?.ToJsonString());
            var scheduleId = (string)schedule.Body!["id"]!;
            Assert.Equal(200, (await http.GetAsync($"/schedules/{scheduleId}/status")).Status);
            Assert.Equal(200, (await http.SendAsync(HttpMethod.Put, $"/schedules/{scheduleId}", "{\"isEnabled\":false}")).Status);
            Assert.Equal(200, (await http.GetAsync($"/schedules/{scheduleId}/status")).Status);

            string vehicleVendor;
            lock (emulator.State.Gate) vehicleVendor = (string)emulator.State.Vehicles.Find(ids["vehicle"])!.Body["vendor"]!;
            emulator.InvalidateCredentials(userId, vehicleVendor);

            Assert.Equal(200, (await http.SendAsync(HttpMethod.Post, $"/webhooks/{webhookId}/test")).Status);
            clock.Advance(TimeSpan.FromMinutes(5));

            Assert.Equal(204, (await http.SendAsync(HttpMethod.Delete, $"/users/{userId}")).Status);

            var expected = DocumentedEvents();
            Assert.Equal(28, expected.Count);
            var delivered = new Dictionary<string, JsonObject>();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
            do
            {
                foreach (var d in receiver.Deliveries)
                    foreach (var e in JsonNode.Parse(d.Body)!.AsArray())
                        delivered[(string)e!["event"]!] = e.AsObject();
                if (expected.All(delivered.ContainsKey)) break;
                await Task.Delay(50);
            }
            while (DateTime.UtcNow < deadline);
            var missing = expected.Where(e => !delivered.ContainsKey(e)).ToList();
            Assert.True(missing.Count == 0, $"{expected.Count - missing.Count}/28 delivered; missing: {string.Join(", ", missing)}");

            foreach (var name in expected)
            {
                var topLevel = WebhookEventFields.Of(name).Where(f => !f.Contains('.')).ToList();
                var absent = topLevel.Where(f => !delivered[name].ContainsKey(f)).ToList();
                Assert.True(absent.Count == 0, $"{name} lacks {string.Join(", ", absent)}");
            }
        }

        private static EnodePS.Emulator.State.RecordTable DeviceFactoriesTable(EnodeEmulator emulator, string type) =>
            EnodePS.Emulator.State.DeviceFactories.TableFor(emulator.State, type);
    }
}
