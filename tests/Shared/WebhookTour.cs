using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Time;

namespace EnodePS.Tests.Shared
{
    /// <summary>
    /// A scripted tour of a user's life in an emulator on a manual clock: link every device type (HEM system included),
    /// fetch each, start charging, turn smart charging on, run and disable a schedule, a password change at the vendor,
    /// a webhook test, five minutes passing (heartbeat), and the user's deletion. Every documented event is delivered
    /// to the receiver, which a webhook subscribed to "*" points at.
    /// </summary>
    public static class WebhookTour
    {
        public static readonly DateTimeOffset Start = new DateTimeOffset(2024, 11, 6, 21, 0, 0, TimeSpan.Zero);
        public const string Secret = "tour-secret-0123456789";
        public const string UserId = "tour-user";

        private static readonly (string Type, string Collection, string? Vendor)[] Devices =
        {
            ("vehicle", "vehicles", null), ("charger", "chargers", null), ("hvac", "hvacs", null),
            ("inverter", "inverters", "SOLAREDGE"), ("battery", "batteries", "SOLAREDGE"), ("meter", "meters", "SOLAREDGE"),
        };

        /// <summary>An emulator fit for the tour: the manual clock, no delivery retries, a heartbeat every five minutes.</summary>
        public static EmulatorOptions Options() => new EmulatorOptions
        {
            Clock = new ManualEmulatorClock(Start),
            WebhookRetryDelays = new TimeSpan[0],
            WebhookHeartbeatInterval = TimeSpan.FromMinutes(5),
        };

        /// <summary>Runs the tour; fails (InvalidOperationException) when a step is refused.</summary>
        public static async Task RunAsync(EnodeEmulator emulator, Uri receiverUrl)
        {
            var clock = (ManualEmulatorClock)emulator.Options.Clock;
            var webhook = await Send(emulator, "POST", "/webhooks", "{\"url\":\"" + receiverUrl + "\",\"secret\":\"" + Secret + "\",\"events\":[\"*\"]}");

            var ids = new Dictionary<string, string>();
            foreach (var (type, _, vendor) in Devices) ids[type] = emulator.CompleteLink(UserId, type, vendor).Single().Id;
            foreach (var (type, collection, _) in Devices)
            {
                lock (emulator.State.Gate)
                {
                    var device = DeviceFactories.TableFor(emulator.State, type).Find(ids[type])!;
                    var kind = DeviceKind.All.FirstOrDefault(k => k.Name == type);
                    if (kind != null) ControllableDevice.Prepare(kind, device.Body);
                    else device.Body["isReachable"] = true;
                }
                await Send(emulator, "POST", $"/{collection}/{ids[type]}/refresh-hint");
            }

            var vehicle = ids["vehicle"];
            await Send(emulator, "POST", $"/vehicles/{vehicle}/charging", "{\"action\":\"START\"}");
            clock.Advance(emulator.Options.ActionDelay + TimeSpan.FromSeconds(1));

            // A status's first computation is no change; turning smart charging on, or a schedule off, is.
            await Send(emulator, "GET", $"/vehicles/{vehicle}/smart-charging-status");
            await Send(emulator, "PUT", $"/vehicles/{vehicle}/smart-charging-policy", "{\"isEnabled\":true,\"deadline\":\"07:00\"}");
            await Send(emulator, "GET", $"/vehicles/{vehicle}/smart-charging-status");

            var schedule = await Send(emulator, "POST", $"/users/{UserId}/schedules", new JsonObject
            {
                ["targetId"] = vehicle,
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
            var scheduleId = (string)schedule!["id"]!;
            await Send(emulator, "GET", $"/schedules/{scheduleId}/status");
            await Send(emulator, "PUT", $"/schedules/{scheduleId}", "{\"isEnabled\":false}");
            await Send(emulator, "GET", $"/schedules/{scheduleId}/status");

            string vehicleVendor;
            lock (emulator.State.Gate) vehicleVendor = (string)emulator.State.Vehicles.Find(vehicle)!.Body["vendor"]!;
            emulator.InvalidateCredentials(UserId, vehicleVendor);

            await Send(emulator, "POST", $"/webhooks/{(string)webhook!["id"]!}/test");
            clock.Advance(TimeSpan.FromMinutes(5));
            await Send(emulator, "DELETE", $"/users/{UserId}");
        }

        /// <summary>Waits until the receiver got each of the names; answers every delivered event by name (the latest of each).</summary>
        public static async Task<Dictionary<string, JsonObject>> DeliveredAsync(WebhookReceiver receiver, IEnumerable<string> names, TimeSpan timeout)
        {
            var delivered = new Dictionary<string, JsonObject>();
            var deadline = DateTime.UtcNow + timeout;
            do
            {
                foreach (var d in receiver.Deliveries)
                    foreach (var e in JsonNode.Parse(d.Body)!.AsArray())
                        delivered[(string)e!["event"]!] = e.AsObject();
                if (names.All(delivered.ContainsKey)) break;
                await Task.Delay(50);
            }
            while (DateTime.UtcNow < deadline);
            return delivered;
        }

        private static async Task<JsonNode?> Send(EnodeEmulator emulator, string method, string path, string? json = null)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["Authorization"] = "Bearer " + emulator.Tokens.Issue().Token,
                ["Content-Type"] = "application/json",
            };
            var request = new EmulatorRequest(method, path, new Dictionary<string, string>(), headers, Encoding.UTF8.GetBytes(json ?? ""));
            var answer = await emulator.HandleAsync(request, CancellationToken.None);
            var text = Encoding.UTF8.GetString(answer.Body);
            if (answer.Status >= 300) throw new InvalidOperationException($"{method} {path}: {answer.Status} {text}");
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
    }
}
