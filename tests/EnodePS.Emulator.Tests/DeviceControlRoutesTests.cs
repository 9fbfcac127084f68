using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Tests.Support;
using Record = EnodePS.Emulator.State.Record;

namespace EnodePS.Emulator.Tests
{
    /// <summary>The answers of the control routes before any action exists: 404, 400, 403, 422; and the location PUTs.</summary>
    public class DeviceControlRoutesTests
    {
        public static IEnumerable<object[]> Controls() => new[]
        {
            new object[] { "vehicles", "charging", "{\"action\":\"START\"}" },
            new object[] { "vehicles", "max-current", "{\"maxCurrent\":10}" },
            new object[] { "chargers", "charging", "{\"action\":\"START\"}" },
            new object[] { "chargers", "max-current", "{\"maxCurrent\":10}" },
            new object[] { "chargers", "charge-rate-limit", "{\"chargeRateLimit\":7}" },
            new object[] { "hvacs", "permanent-hold", "{\"mode\":\"COOL\",\"coolSetpoint\":22}" },
            new object[] { "hvacs", "follow-schedule", null! },
            new object[] { "batteries", "operation-mode", "{\"operationMode\":\"IDLE\"}" },
        };

        private static DeviceKind Kind(string collection) => DeviceKind.All.Single(k => k.Collection == collection);

        [Theory]
        [MemberData(nameof(Controls))]
        public async Task An_unknown_device_is_404(string collection, string control, string? body)
        {
            using var host = new ActionHost();

            var (status, answer, _) = await host.Http.SendAsync(HttpMethod.Post, $"/{collection}/00000000-0000-4000-8000-000000000000/{control}", body);

            Assert.Equal(404, status);
            Assert.Equal($"The specified {Kind(collection)} was not found.", (string?)answer!["detail"]);
        }

        [Theory]
        [MemberData(nameof(Controls))]
        public async Task A_device_without_the_control_scope_is_403_and_no_action_is_made(string collection, string control, string? body)
        {
            using var host = new ActionHost();
            var kind = Kind(collection);
            var device = host.Device(kind);
            host.Change(device, d => d["scopes"] = new JsonArray(kind.Name + ":read:data"));

            var (status, answer, _) = await host.Http.SendAsync(HttpMethod.Post, $"/{collection}/{device.Id}/{control}", body);

            Assert.Equal(403, status);
            Assert.Contains(kind.ControlScope, (string?)answer!["detail"]);
            Assert.Empty(host.Emulator.State.Actions.All);
        }

        [Theory]
        [InlineData("vehicles", "charging", "{\"action\":\"START\"}", "startCharging")]
        [InlineData("vehicles", "charging", "{\"action\":\"STOP\"}", "stopCharging")]
        [InlineData("vehicles", "max-current", "{\"maxCurrent\":10}", "setMaxCurrent")]
        [InlineData("chargers", "charge-rate-limit", "{\"chargeRateLimit\":7}", "setChargeRateLimit")]
        [InlineData("hvacs", "permanent-hold", "{\"mode\":\"COOL\",\"coolSetpoint\":22}", "setPermanentHold")]
        [InlineData("hvacs", "follow-schedule", null, "setFollowSchedule")]
        [InlineData("batteries", "operation-mode", "{\"operationMode\":\"EXPORT_FOCUS\"}", "exportFocus")]
        public async Task A_device_that_is_not_capable_is_a_400_naming_the_capability_and_its_interventions(string collection, string control, string? body, string capability)
        {
            using var host = new ActionHost();
            var device = host.Device(Kind(collection));
            host.Change(device, d => d["capabilities"]![capability] = CapabilityJson.NotCapable(new[] { "4eaeb363-296d-4ccc-a973-7805e6f400bd" }));

            var (status, answer, _) = await host.Http.SendAsync(HttpMethod.Post, $"/{collection}/{device.Id}/{control}", body);

            Assert.Equal(400, status);
            Assert.Contains(capability, (string?)answer!["detail"]);
            Assert.Contains("4eaeb363-296d-4ccc-a973-7805e6f400bd", (string?)answer["detail"]);
            Assert.Empty(host.Emulator.State.Actions.All);
        }

        [Theory]
        [InlineData("vehicles", "charging", "{\"action\":\"START\"}")]
        [InlineData("chargers", "charging", "{\"action\":\"START\"}")]
        [InlineData("hvacs", "permanent-hold", "{\"mode\":\"COOL\",\"coolSetpoint\":22}")]
        [InlineData("hvacs", "follow-schedule", null)]
        public async Task A_device_an_enabled_schedule_controls_is_422_where_the_reference_documents_it(string collection, string control, string? body)
        {
            using var host = new ActionHost();
            var kind = Kind(collection);
            var device = host.Device(kind);
            AddSchedule(host, device, kind, enabled: true);

            var (status, answer, _) = await host.Http.SendAsync(HttpMethod.Post, $"/{collection}/{device.Id}/{control}", body);

            Assert.Equal(422, status);
            Assert.Contains("schedule", (string?)answer!["detail"]);
        }

        [Fact]
        public async Task A_disabled_schedule_does_not_stop_control_and_max_current_documents_no_422()
        {
            using var host = new ActionHost();
            var vehicle = host.Device(DeviceKind.Vehicle);
            var charger = host.Device(DeviceKind.Charger);
            AddSchedule(host, vehicle, DeviceKind.Vehicle, enabled: false);
            AddSchedule(host, charger, DeviceKind.Charger, enabled: true);

            Assert.Equal(200, (await host.Post($"/vehicles/{vehicle.Id}/charging", new JsonObject { ["action"] = "START" })).Status);
            Assert.Equal(200, (await host.Post($"/chargers/{charger.Id}/max-current", new JsonObject { ["maxCurrent"] = 10 })).Status);
        }

        [Fact]
        public async Task A_vehicle_with_smart_charging_enabled_is_422_for_charging()
        {
            using var host = new ActionHost();
            var vehicle = host.Device(DeviceKind.Vehicle);
            host.Change(vehicle, v => v["smartChargingPolicy"]!["isEnabled"] = true);

            var (status, answer, _) = await host.Post($"/vehicles/{vehicle.Id}/charging", new JsonObject { ["action"] = "START" });

            Assert.Equal(422, status);
            Assert.Contains("smart charging", (string?)answer!["detail"]);
        }

        [Theory]
        [InlineData("vehicles", "charging", "{\"action\":\"GO\"}", "action")]
        [InlineData("vehicles", "charging", "{}", "action")]
        [InlineData("vehicles", "max-current", "{\"maxCurrent\":0}", "maxCurrent")]
        [InlineData("chargers", "max-current", "{\"maxCurrent\":\"16\"}", "maxCurrent")]
        [InlineData("chargers", "charge-rate-limit", "{\"chargeRateLimit\":-1}", "chargeRateLimit")]
        [InlineData("chargers", "charge-rate-limit", "{\"chargeRateLimit\":50}", "chargeRateLimit")]
        [InlineData("hvacs", "permanent-hold", "{\"mode\":\"DRY\"}", "mode")]
        [InlineData("hvacs", "permanent-hold", "{\"mode\":\"COOL\"}", "coolSetpoint")]
        [InlineData("hvacs", "permanent-hold", "{\"mode\":\"COOL\",\"coolSetpoint\":22,\"heatSetpoint\":18}", "heatSetpoint")]
        [InlineData("hvacs", "permanent-hold", "{\"mode\":\"COOL\",\"coolSetpoint\":40}", "coolSetpoint")]
        [InlineData("hvacs", "permanent-hold", "{\"mode\":\"AUTO\",\"heatSetpoint\":22,\"coolSetpoint\":21}", "coolSetpoint")]
        [InlineData("hvacs", "permanent-hold", "{\"mode\":\"AUTO\",\"heatSetpoint\":18,\"coolSetpoint\":30}", "coolSetpoint")]
        [InlineData("batteries", "operation-mode", "{\"operationMode\":\"BOOST\"}", "operationMode")]
        public async Task A_body_outside_what_the_reference_or_the_device_allows_is_a_400_naming_the_field(string collection, string control, string body, string field)
        {
            using var host = new ActionHost();
            var device = host.Device(Kind(collection));

            var (status, answer, _) = await host.Http.SendAsync(HttpMethod.Post, $"/{collection}/{device.Id}/{control}", body);

            Assert.Equal(400, status);
            Assert.Equal(field, (string?)answer!["issues"]![0]!["path"]![0]);
            Assert.Empty(host.Emulator.State.Actions.All);
        }

        [Fact]
        public async Task A_mode_the_hvac_unit_cannot_run_is_a_400_listing_its_modes()
        {
            using var host = new ActionHost();
            var hvac = host.Device(DeviceKind.Hvac);
            host.Change(hvac, h => h["capabilities"]!["capableModes"] = new JsonArray("OFF", "HEAT"));

            var (status, answer, _) = await host.Post($"/hvacs/{hvac.Id}/permanent-hold", new JsonObject { ["mode"] = "COOL", ["coolSetpoint"] = 22 });

            Assert.Equal(400, status);
            Assert.Contains("OFF, HEAT", (string?)answer!["detail"]);
        }

        [Theory]
        [InlineData("chargers")]
        [InlineData("hvacs")]
        public async Task Put_sets_the_location_to_one_of_the_users_locations_or_none(string collection)
        {
            using var host = new ActionHost();
            var kind = Kind(collection);
            var device = host.Device(kind);
            var own = AddLocation(host, device.UserId!);
            var foreign = AddLocation(host, "someone-else");

            var (status, body, _) = await host.Http.SendAsync(HttpMethod.Put, $"/{collection}/{device.Id}", new JsonObject { ["locationId"] = own }.ToJsonString());

            Assert.Equal(200, status);
            DocumentedFields.AssertPresent(body, $"PUT /{collection}/{{{kind.IdParameter}}}");
            Assert.Equal(own, (string?)body!["location"]!["id"]);
            Assert.Equal(own, (string?)device.Body["location"]!["id"]);
            var changed = Assert.Single(host.Events($"user:{kind.Name}:updated"));
            Assert.Equal("location.id", (string?)changed.Payload["updatedFields"]![0]);

            var cleared = await host.Http.SendAsync(HttpMethod.Put, $"/{collection}/{device.Id}", "{\"locationId\":null}");
            Assert.Equal(200, cleared.Status);
            Assert.Null(cleared.Body!["location"]!["id"]);

            Assert.Equal(400, (await host.Http.SendAsync(HttpMethod.Put, $"/{collection}/{device.Id}", new JsonObject { ["locationId"] = foreign }.ToJsonString())).Status);
            Assert.Equal(400, (await host.Http.SendAsync(HttpMethod.Put, $"/{collection}/{device.Id}", "{}")).Status);
            Assert.Equal(404, (await host.Http.SendAsync(HttpMethod.Put, $"/{collection}/00000000-0000-4000-8000-000000000000", "{\"locationId\":null}")).Status);
        }

        private static void AddSchedule(ActionHost host, Record device, DeviceKind kind, bool enabled)
        {
            var id = Guid.NewGuid().ToString();
            lock (host.Emulator.State.Gate)
                host.Emulator.State.Schedules.Add(new Record(id, device.UserId, host.Clock.UtcNow, new JsonObject
                {
                    ["id"] = id, ["targetId"] = device.Id, ["targetType"] = kind.Name, ["isEnabled"] = enabled,
                }));
        }

        private static string AddLocation(ActionHost host, string userId)
        {
            var id = Guid.NewGuid().ToString();
            lock (host.Emulator.State.Gate)
                host.Emulator.State.Locations.Add(new Record(id, userId, host.Clock.UtcNow, new JsonObject { ["id"] = id, ["userId"] = userId, ["name"] = "Home" }));
            return id;
        }
    }
}
